/* insp-window-actions.c — the actions of the main window ("win.*")
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workspace actions run their slow part — opening, copying, reading, importing,
 * writing — as a job in a worker thread while the window shows that it is busy.
 *
 * A job works on a connection to the workspace of its own (an InspWorkspace it opens in its
 * thread), never on the window's: a workspace emits "changed" and notifies its organisation
 * in the thread that changed it, and widgets may only be touched in the main thread. After
 * an import, the window takes over the job's workspace, so that every page shows the
 * workspace as it now is.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-error.h"
#include "insp-applications-page.h"
#include "insp-exports-page.h"
#include "insp-impact-page.h"
#include "insp-name-dialog.h"
#include "insp-organisation-dialog.h"
#include "insp-print.h"
#include "insp-template.h"
#include "insp-window-private.h"

/* Problems an import reports at once: enough to fix a file in one go. */
#define MAX_IMPORT_ERRORS 20

typedef enum
{
  JOB_OPEN,
  JOB_CREATE,
  JOB_COPY_IN,
  JOB_SAVE_COPY,
  JOB_EXPORT,
  JOB_PLAN_IMPORT,
  JOB_APPLY_IMPORT,
} JobKind;

typedef struct
{
  JobKind            kind;
  /* The workspace worked on; for JOB_CREATE and JOB_COPY_IN, the one made. */
  char              *path;
  /* JOB_OPEN: make the file when it does not exist. */
  gboolean           create;
  /* JOB_CREATE, JOB_COPY_IN: the folder of workspaces. */
  char              *dir;
  /* JOB_CREATE: the organisation the new workspace is about. */
  char              *organisation_name;
  /* The file chosen, and its name in messages. */
  char              *file_path;
  char              *display_name;
  /* What the window says when the job fails, and when it succeeds (may be NULL). */
  char              *error_heading;
  char              *done_message;

  /* Results, made in the worker thread. */
  InspWorkspace     *workspace;
  InspImport        *import;
  InspImportSummary *summary;
} Job;

static void
job_clear (Job *job)
{
  g_free (job->path);
  g_free (job->dir);
  g_free (job->organisation_name);
  g_free (job->file_path);
  g_free (job->display_name);
  g_free (job->error_heading);
  g_free (job->done_message);
  g_clear_object (&job->workspace);
  g_clear_pointer (&job->import, insp_import_free);
  g_clear_pointer (&job->summary, insp_import_summary_free);
}

static Job *
job_new (JobKind kind)
{
  Job *job = g_atomic_rc_box_new0 (Job);

  job->kind = kind;

  return job;
}

static Job *
job_ref (Job *job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
job_unref (Job *job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify) job_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_unref)

/* Runs in the worker thread: touches the job and the files, nothing else. */
static gboolean
job_run (Job     *job,
         GError **error)
{
  switch (job->kind)
    {
    case JOB_CREATE:
      g_free (job->path);
      job->path = insp_workspace_create_new (job->dir, job->organisation_name, error);
      if (job->path == NULL)
        return FALSE;
      break;

    case JOB_COPY_IN:
      g_free (job->path);
      job->path = insp_workspace_copy_in (job->file_path, job->dir, error);
      if (job->path == NULL)
        return FALSE;
      break;

    case JOB_PLAN_IMPORT:
      {
        g_autoptr(GError) local_error = NULL;
        g_autoptr(GFile) file = g_file_new_for_path (job->file_path);
        g_autoptr(GBytes) bytes = NULL;
        char *contents = NULL;
        gsize length = 0;

        if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
          {
            g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND,
                         _("%s: cannot read the file (%s)"), job->display_name,
                         local_error->message);
            return FALSE;
          }
        bytes = g_bytes_new_take (contents, length);

        /* Everything is checked before anything is written. */
        job->import = insp_import_new (bytes, job->display_name, MAX_IMPORT_ERRORS, error);
        if (job->import == NULL)
          return FALSE;
      }
      break;

    case JOB_APPLY_IMPORT:
      /* The workspace the import was planned against. */
      g_assert (job->workspace != NULL && job->import != NULL);
      return insp_workspace_apply_import (job->workspace, job->import, FALSE, error);

    case JOB_OPEN:
    case JOB_SAVE_COPY:
    case JOB_EXPORT:
    default:
      break;
    }

  job->workspace = insp_workspace_open (job->path, job->create, error);
  if (job->workspace == NULL)
    return FALSE;

  switch (job->kind)
    {
    case JOB_SAVE_COPY:
      return insp_workspace_save_copy (job->workspace, job->file_path, error);

    case JOB_EXPORT:
      return insp_workspace_export_json_to_file (job->workspace, job->file_path, error);

    case JOB_PLAN_IMPORT:
      job->summary = insp_workspace_plan_import (job->workspace, job->import, FALSE, error);
      return job->summary != NULL;

    case JOB_OPEN:
    case JOB_CREATE:
    case JOB_COPY_IN:
    case JOB_APPLY_IMPORT:
    default:
      return TRUE;
    }
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (job_run (job, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/*
 * Runs @job in a worker thread; @callback gets a reference to the window as its user data
 * (to drop) and the job as the task's data. With a @message, the window is busy until the
 * job ends; without, it already is.
 *
 * The task does not hold the window: the worker thread may drop the task's last reference,
 * and a window must only ever be finalized in the main thread.
 */
static void
insp_window_run_job (InspWindow          *self,
                     Job                 *job,
                     const char          *message,
                     GAsyncReadyCallback  callback)
{
  g_autoptr(GTask) task = NULL;

  if (message != NULL)
    _insp_window_begin_busy (self, message);
  g_assert (self->busy);

  task = g_task_new (NULL, NULL, callback, g_object_ref (self));
  g_task_set_source_tag (task, insp_window_run_job);
  g_task_set_task_data (task, job_ref (job), (GDestroyNotify) job_unref);
  g_task_run_in_thread (task, job_thread);
}

/*
 * Ends the busy state a job began. Returns whether the job succeeded; FALSE without an
 * error when the window is gone meanwhile.
 */
static gboolean
insp_window_finish_job (InspWindow    *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  gboolean succeeded = g_task_propagate_boolean (G_TASK (result), error);

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      g_clear_error (error);
      return FALSE;
    }

  _insp_window_end_busy (self);

  return succeeded;
}

static Job *
get_job (GAsyncResult *result)
{
  return g_task_get_task_data (G_TASK (result));
}

/* The path of a file chosen, or NULL (and a message) when it is not on this computer. */
static char *
insp_window_dup_local_path (InspWindow *self,
                            GFile      *file,
                            const char *error_heading)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *body = g_strdup_printf (_("%s: choose a file on this computer"), uri);

      _insp_window_show_error (self, error_heading, body, NULL);
    }

  return path;
}

/* Enabling */

/* The export a page prints with Print…, and the application it is about (nullable): the
 * vision, the track guide or impact report of the application shown, the casebook. */
static const char *
print_template_for_page (InspWindow  *self,
                         const char **application)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  GtkWidget *widget = page != NULL ? gtk_stack_get_child_by_name (self->stack, page) : NULL;

  if (application != NULL)
    *application = NULL;
  if (g_strcmp0 (page, "vision") == 0)
    return "vision";
  if (g_strcmp0 (page, "practices") == 0)
    return "casebook";
  if (INSP_IS_APPLICATIONS_PAGE (widget))
    {
      if (application != NULL)
        *application = insp_applications_page_get_application (INSP_APPLICATIONS_PAGE (widget));
      return "track-guide";
    }
  if (INSP_IS_IMPACT_PAGE (widget))
    {
      if (application != NULL)
        *application = insp_impact_page_get_application (INSP_IMPACT_PAGE (widget));
      return "impact-report";
    }
  return NULL;
}

void
_insp_window_update_actions (InspWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean idle = !self->busy;
  gboolean open = idle && self->workspace != NULL;

  gtk_widget_action_set_enabled (widget, "win.open-workspace", idle);
  gtk_widget_action_set_enabled (widget, "win.new-workspace", idle);
  gtk_widget_action_set_enabled (widget, "win.switch-workspace", idle);
  gtk_widget_action_set_enabled (widget, "win.save-copy", open);
  gtk_widget_action_set_enabled (widget, "win.import", open);
  gtk_widget_action_set_enabled (widget, "win.export-workspace", open);
  gtk_widget_action_set_enabled (widget, "win.edit-organisation", open);
  gtk_widget_action_set_enabled (widget, "win.explore-example", open);
  gtk_widget_action_set_enabled (widget, "win.print",
                                 open && print_template_for_page (self, NULL) != NULL);
}

/* Opening a workspace */

static void
on_open_failure_response (AdwMessageDialog *dialog,
                          const char       *response,
                          InspWindow       *self)
{
  if (g_str_equal (response, "open"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-workspace", NULL);
  else if (g_str_equal (response, "new"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.new-workspace", NULL);
}

/* The workspace of the last session cannot be opened: say why, and offer a way on. The file
 * stays as it is; nothing is made in its place. */
static void
insp_window_show_open_failure (InspWindow   *self,
                               const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Cannot Open the Workspace"), NULL);
  /* Translators: %s is the reason, such as "…/default.inspraak: made with a newer version
   * of Inspraak" */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s\n\nThe file is left as it is. Open another workspace "
                                    "or start a new one."),
                                  error->message);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "new", _("_New Workspace…"),
                                    "open", _("_Open Another…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_open_failure_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_startup_job_done (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(InspWindow) self = user_data;
  Job *job = get_job (result);
  g_autoptr(GError) error = NULL;

  if (!insp_window_finish_job (self, result, &error))
    {
      if (error != NULL)
        insp_window_show_open_failure (self, error);
      return;
    }

  _insp_window_set_workspace (self, job->workspace);
  _insp_window_remember_workspace (self, job->path);
}

static gboolean
is_workspace_file_name (const char *file_name)
{
  return file_name != NULL
         && strchr (file_name, G_DIR_SEPARATOR) == NULL
         && strchr (file_name, '/') == NULL
         && file_name[0] != '.'
         && g_str_has_suffix (file_name, INSP_WORKSPACE_SUFFIX);
}

/* Opens the workspace of the last session, or the default one, made when there is none
 * yet. Called once the window shows; the window is busy until then. */
void
_insp_window_open_startup_workspace (InspWindow *self)
{
  g_autoptr(Job) job = job_new (JOB_OPEN);
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;
  const char *dir;

  g_assert (self->busy);

  dir = _insp_window_ensure_workspace_dir (self, &error);
  if (dir == NULL)
    {
      _insp_window_end_busy (self);
      insp_window_show_open_failure (self, error);
      return;
    }

  file_name = g_settings_get_string (self->settings, "current-workspace");
  if (is_workspace_file_name (file_name))
    job->path = g_build_filename (dir, file_name, NULL);

  /* A workspace that was removed gives way to the default one. */
  if (job->path == NULL
      || (!g_file_test (job->path, G_FILE_TEST_EXISTS)
          && !g_str_equal (file_name, INSP_WORKSPACE_DEFAULT_NAME)))
    {
      g_free (job->path);
      job->path = g_build_filename (dir, INSP_WORKSPACE_DEFAULT_NAME, NULL);
    }

  /* Only the default workspace is made when it is missing, and never over a file. */
  job->create = g_str_has_suffix (job->path, G_DIR_SEPARATOR_S INSP_WORKSPACE_DEFAULT_NAME);

  g_debug ("Opening workspace %s", job->path);
  insp_window_run_job (self, job, NULL, on_startup_job_done);
}

/* Shows the workspace a job opened, and opens it at the next start too. */
static void
on_open_job_done (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(InspWindow) self = user_data;
  Job *job = get_job (result);
  g_autoptr(GError) error = NULL;

  if (!insp_window_finish_job (self, result, &error))
    {
      /* The workspace shown stays. */
      if (error != NULL)
        _insp_window_show_error (self, job->error_heading, error->message, NULL);
      return;
    }

  _insp_window_set_workspace (self, job->workspace);
  _insp_window_remember_workspace (self, job->path);
  insp_window_show_page (self, "overview");

  if (job->done_message != NULL)
    _insp_window_show_toast (self, job->done_message);
}

/**
 * _insp_window_switch_workspace:
 * @self: a window
 * @path: a workspace in the folder of workspaces
 *
 * Opens the workspace at @path in place of the one shown.
 */
void
_insp_window_switch_workspace (InspWindow *self,
                               const char *path)
{
  g_autoptr(Job) job = NULL;

  if (self->workspace != NULL && g_strcmp0 (path, insp_workspace_get_path (self->workspace)) == 0)
    return;

  job = job_new (JOB_OPEN);
  job->path = g_strdup (path);
  job->error_heading = g_strdup (_("Cannot Open the Workspace"));
  insp_window_run_job (self, job, _("Opening the workspace…"), on_open_job_done);
}

/**
 * _insp_window_create_workspace:
 * @self: a window
 * @organisation_name: the organisation the new workspace is about
 *
 * Makes a new workspace in the folder of workspaces and shows it.
 */
void
_insp_window_create_workspace (InspWindow *self,
                               const char *organisation_name)
{
  g_autoptr(Job) job = NULL;
  g_autoptr(GError) error = NULL;
  const char *dir;

  dir = _insp_window_ensure_workspace_dir (self, &error);
  if (dir == NULL)
    {
      _insp_window_show_error (self, _("Cannot Create the Workspace"), error->message, NULL);
      return;
    }

  job = job_new (JOB_CREATE);
  job->dir = g_strdup (dir);
  job->organisation_name = g_strdup (organisation_name);
  job->error_heading = g_strdup (_("Cannot Create the Workspace"));
  insp_window_run_job (self, job, _("Creating the workspace…"), on_open_job_done);
}

/**
 * _insp_window_open_file:
 * @self: a window
 * @file: a workspace file anywhere, such as one a colleague sent
 *
 * What Open Workspace… does with the file chosen: checks it, copies it into the folder of
 * workspaces and shows the copy. The file itself is only read.
 */
void
_insp_window_open_file (InspWindow *self,
                        GFile      *file)
{
  g_autoptr(Job) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *dir;

  path = insp_window_dup_local_path (self, file, _("Cannot Open the Workspace"));
  if (path == NULL)
    return;

  dir = _insp_window_ensure_workspace_dir (self, &error);
  if (dir == NULL)
    {
      _insp_window_show_error (self, _("Cannot Open the Workspace"), error->message, NULL);
      return;
    }

  job = job_new (JOB_COPY_IN);
  job->dir = g_strdup (dir);
  job->file_path = g_steal_pointer (&path);
  job->display_name = g_file_get_basename (file);
  job->error_heading = g_strdup (_("Cannot Open the Workspace"));
  /* Translators: %s is a file name */
  job->done_message = g_strdup_printf (_("Opened a copy of “%s”"), job->display_name);
  insp_window_run_job (self, job, _("Opening a copy of the workspace…"), on_open_job_done);
}

/* Writing the workspace out */

static void
on_write_job_done (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(InspWindow) self = user_data;
  Job *job = get_job (result);
  g_autoptr(GError) error = NULL;

  if (!insp_window_finish_job (self, result, &error))
    {
      if (error != NULL)
        _insp_window_show_error (self, job->error_heading, error->message, NULL);
      return;
    }

  _insp_window_show_toast (self, job->done_message);
}

static void
insp_window_write_to_file (InspWindow *self,
                           JobKind     kind,
                           GFile      *file,
                           const char *message,
                           const char *error_heading,
                           const char *done_message)
{
  g_autoptr(Job) job = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (self->workspace != NULL);

  path = insp_window_dup_local_path (self, file, error_heading);
  if (path == NULL)
    return;

  job = job_new (kind);
  job->path = g_strdup (insp_workspace_get_path (self->workspace));
  job->file_path = g_steal_pointer (&path);
  job->display_name = g_file_get_basename (file);
  job->error_heading = g_strdup (error_heading);
  job->done_message = g_strdup (done_message);
  insp_window_run_job (self, job, message, on_write_job_done);
}

/**
 * _insp_window_save_copy_to_file:
 * @self: a window
 * @file: where to write
 *
 * What Save a Copy… does with the file chosen: writes a consistent copy of the workspace.
 */
void
_insp_window_save_copy_to_file (InspWindow *self,
                                GFile      *file)
{
  insp_window_write_to_file (self, JOB_SAVE_COPY, file,
                             _("Saving a copy…"),
                             _("Cannot Save a Copy"),
                             _("Copy saved"));
}

/**
 * _insp_window_export_to_file:
 * @self: a window
 * @file: the JSON file to write
 *
 * What Export Workspace… does with the file chosen: writes the whole workspace as JSON.
 */
void
_insp_window_export_to_file (InspWindow *self,
                             GFile      *file)
{
  insp_window_write_to_file (self, JOB_EXPORT, file,
                             _("Exporting the workspace…"),
                             _("Cannot Export the Workspace"),
                             _("Workspace exported"));
}

/* Importing */

static char *
dup_import_error_heading (Job *job)
{
  /* Translators: %s is a file name */
  return g_strdup_printf (_("Cannot Import “%s”"), job->display_name);
}

static void
on_import_applied (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(InspWindow) self = user_data;
  Job *job = get_job (result);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!insp_window_finish_job (self, result, &error))
    {
      if (error != NULL)
        {
          g_autofree char *heading = dup_import_error_heading (job);

          _insp_window_show_error (self, heading, _("Nothing was imported: the workspace is as "
                                                    "it was."), error->message);
        }
      return;
    }

  /* The job's workspace holds the import: show it (see the top of this file). */
  if (self->workspace != NULL
      && g_strcmp0 (insp_workspace_get_path (self->workspace), job->path) == 0)
    _insp_window_set_workspace (self, job->workspace);

  /* Translators: %s is a file name */
  done = g_strdup_printf (_("Imported “%s”"), job->display_name);
  _insp_window_show_toast (self, done);
}

static void
on_import_dialog_response (AdwMessageDialog *dialog,
                           const char       *response,
                           Job              *job)
{
  InspWindow *self = INSP_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  if (!g_str_equal (response, "import") || self->busy)
    return;

  job->kind = JOB_APPLY_IMPORT;
  insp_window_run_job (self, job, _("Importing…"), on_import_applied);
}

static void
job_closure_notify (gpointer  data,
                    GClosure *closure)
{
  job_unref (data);
}

static void
on_import_planned (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(InspWindow) self = user_data;
  Job *job = get_job (result);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *dialog;

  if (!insp_window_finish_job (self, result, &error))
    {
      if (error != NULL)
        {
          g_autofree char *heading = dup_import_error_heading (job);

          _insp_window_show_error (self, heading, _("Nothing was imported. Correct the file "
                                                    "and try again."), error->message);
        }
      return;
    }

  /* What will be added and updated, before anything is. */
  summary = insp_import_summary_to_string (job->summary);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, summary);
  /* Translators: %s is a file name */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Import “%s”?"),
                                     job->display_name);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_import_dialog_response),
                         job_ref (job), job_closure_notify, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _insp_window_import_file:
 * @self: a window
 * @file: a JSON file in the interchange format
 *
 * What Import… does with the file chosen: reads and checks it, then asks, with a summary
 * of what will be added and updated, before it imports it in one transaction. A file with
 * problems changes nothing: the window lists them with their locations.
 */
void
_insp_window_import_file (InspWindow *self,
                          GFile      *file)
{
  g_autoptr(Job) job = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *heading = NULL;

  g_return_if_fail (self->workspace != NULL);

  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Cannot Import “%s”"), basename);
  path = insp_window_dup_local_path (self, file, heading);
  if (path == NULL)
    return;

  job = job_new (JOB_PLAN_IMPORT);
  job->path = g_strdup (insp_workspace_get_path (self->workspace));
  job->file_path = g_steal_pointer (&path);
  job->display_name = g_steal_pointer (&basename);
  insp_window_run_job (self, job, _("Reading the file…"), on_import_planned);
}

/* File choosers */

static void
insp_window_show_file_chooser (InspWindow           *self,
                               GtkFileChooserNative *chooser,
                               GCallback             on_response)
{
  /* One at a time. */
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_set_modal (self->file_chooser, TRUE);
  g_signal_connect_object (chooser, "response", on_response, self, 0);
  gtk_native_dialog_show (self->file_chooser);
}

/* Returns the file the person chose, or NULL when they cancelled; lets the chooser go. */
static GFile *
insp_window_take_chosen_file (InspWindow      *self,
                              GtkNativeDialog *chooser,
                              int              response)
{
  GFile *file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (self->file_chooser == chooser)
    g_clear_object (&self->file_chooser);

  return file;
}

static void
add_filter (GtkFileChooserNative *chooser,
            const char           *name,
            const char           *mime_type,
            const char           *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
}

static void
add_workspace_filter (GtkFileChooserNative *chooser)
{
  add_filter (chooser, _("Inspraak Workspaces"), NULL, "*" INSP_WORKSPACE_SUFFIX);
}

static void
add_json_filter (GtkFileChooserNative *chooser)
{
  add_filter (chooser, _("JSON Files"), "application/json", "*.json");
}

/* "<organisation>.suffix", a name a file may have. */
static char *
insp_window_dup_suggested_name (InspWindow *self,
                                const char *suffix)
{
  InspOrganisation *organisation = insp_workspace_get_organisation (self->workspace);
  g_autofree char *name = insp_organisation_dup_display_name (organisation);

  g_strdelimit (name, G_DIR_SEPARATOR_S "/\\:", '-');

  return g_strconcat (name, suffix, NULL);
}

static void
on_open_chooser_response (GtkNativeDialog *chooser,
                          int              response,
                          InspWindow      *self)
{
  g_autoptr(GFile) file = insp_window_take_chosen_file (self, chooser, response);

  if (file != NULL)
    _insp_window_open_file (self, file);
}

static void
insp_window_actions_open_workspace (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  InspWindow *self = INSP_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Workspace"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  add_workspace_filter (chooser);
  insp_window_show_file_chooser (self, chooser, G_CALLBACK (on_open_chooser_response));
}

static void
on_save_copy_chooser_response (GtkNativeDialog *chooser,
                               int              response,
                               InspWindow      *self)
{
  g_autoptr(GFile) file = insp_window_take_chosen_file (self, chooser, response);

  if (file != NULL && self->workspace != NULL)
    _insp_window_save_copy_to_file (self, file);
}

static void
insp_window_actions_save_copy (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  InspWindow *self = INSP_WINDOW (widget);
  g_autofree char *name = insp_window_dup_suggested_name (self, INSP_WORKSPACE_SUFFIX);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save a Copy"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  add_workspace_filter (chooser);
  insp_window_show_file_chooser (self, chooser, G_CALLBACK (on_save_copy_chooser_response));
}

static void
on_import_chooser_response (GtkNativeDialog *chooser,
                            int              response,
                            InspWindow      *self)
{
  g_autoptr(GFile) file = insp_window_take_chosen_file (self, chooser, response);

  if (file != NULL && self->workspace != NULL)
    _insp_window_import_file (self, file);
}

static void
insp_window_actions_import (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  InspWindow *self = INSP_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  add_json_filter (chooser);
  insp_window_show_file_chooser (self, chooser, G_CALLBACK (on_import_chooser_response));
}

static void
on_export_chooser_response (GtkNativeDialog *chooser,
                            int              response,
                            InspWindow      *self)
{
  g_autoptr(GFile) file = insp_window_take_chosen_file (self, chooser, response);

  if (file != NULL && self->workspace != NULL)
    _insp_window_export_to_file (self, file);
}

static void
insp_window_actions_export_workspace (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  InspWindow *self = INSP_WINDOW (widget);
  g_autofree char *name = insp_window_dup_suggested_name (self, ".json");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Workspace"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  add_json_filter (chooser);
  insp_window_show_file_chooser (self, chooser, G_CALLBACK (on_export_chooser_response));
}

/* The switcher */

static void
insp_window_actions_switch_workspace (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  InspWindow *self = INSP_WINDOW (widget);

  gtk_popover_popdown (self->workspace_popover);
  _insp_window_switch_workspace (self, g_variant_get_string (parameter, NULL));
}

static void
on_new_workspace_dialog_response (AdwMessageDialog *dialog,
                                  const char       *response,
                                  InspWindow       *self)
{
  g_autofree char *name = insp_name_dialog_dup_name (dialog);

  if (!g_str_equal (response, INSP_NAME_DIALOG_ACCEPT) || name == NULL || self->busy)
    return;

  _insp_window_create_workspace (self, name);
}

static void
insp_window_actions_new_workspace (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  InspWindow *self = INSP_WINDOW (widget);
  AdwMessageDialog *dialog;

  gtk_popover_popdown (self->workspace_popover);

  dialog = insp_name_dialog_present (GTK_WINDOW (self), _("New Workspace"),
                                     _("A workspace holds the AI vision, the applications and "
                                       "the people of one organisation."),
                                     _("Organisation name"), _("Organisation Name"),
                                     _("C_reate"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_workspace_dialog_response),
                           self, 0);
}

/* The organisation */

static void
insp_window_actions_edit_organisation (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  InspWindow *self = INSP_WINDOW (widget);
  InspOrganisationDialog *dialog;

  dialog = insp_organisation_dialog_new (GTK_WINDOW (self), self->workspace);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
insp_window_actions_explore_example (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  InspWindow *self = INSP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  /* Small, and read from the resources: quick enough to make right away. */
  if (!insp_workspace_init_example (self->workspace, insp_get_content_language (), &error))
    {
      _insp_window_show_error (self, _("Cannot Create the Example"), error->message, NULL);
      return;
    }

  insp_window_show_page (self, "overview");
}

/* The rest */

static void
on_print_done (GtkPrintOperationResult  result,
               const GError            *error,
               gpointer                 user_data)
{
  g_autoptr(InspWindow) self = user_data;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    _insp_window_show_error (self, _("Cannot Print"), error->message, NULL);
}

/* Prints the current page's export, in the language of the user interface. */
static void
insp_window_actions_print (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  InspWindow *self = INSP_WINDOW (widget);
  InspRenderOptions options = { NULL, };
  const InspTemplate *template;
  g_autoptr(GError) error = NULL;
  InspDocument *doc;

  template = insp_template_lookup (print_template_for_page (self, &options.application), NULL);
  if (template == NULL || self->workspace == NULL)
    return;

  doc = insp_template_build (template, self->workspace, &options, &error);
  if (doc == NULL)
    {
      _insp_window_show_error (self, _("Cannot Print"), error->message, NULL);
      return;
    }
  insp_print_document (GTK_WINDOW (self), doc, NULL, on_print_done, g_object_ref (self));
}

/* The Exports page, with a template (and an application) chosen. */
static void
insp_window_actions_show_export (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  InspWindow *self = INSP_WINDOW (widget);
  const char *template_id, *application;
  GtkWidget *page;

  g_variant_get (parameter, "(&s&s)", &template_id, &application);
  insp_window_show_page (self, "exports");
  page = insp_window_get_page (self, "exports");
  if (INSP_IS_EXPORTS_PAGE (page))
    insp_exports_page_select (INSP_EXPORTS_PAGE (page), template_id,
                              *application != '\0' ? application : NULL);
}

static void
insp_window_actions_show_page (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  const char *page_id = g_variant_get_string (parameter, NULL);

  if (!_insp_window_is_page_id (page_id))
    {
      g_debug ("No page called “%s”", page_id);
      return;
    }

  insp_window_show_page (INSP_WINDOW (widget), page_id);
}

void
_insp_window_class_actions_init (InspWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open-workspace", NULL,
                                   insp_window_actions_open_workspace);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL,
                                   insp_window_actions_save_copy);
  gtk_widget_class_install_action (widget_class, "win.import", NULL,
                                   insp_window_actions_import);
  gtk_widget_class_install_action (widget_class, "win.export-workspace", NULL,
                                   insp_window_actions_export_workspace);
  gtk_widget_class_install_action (widget_class, "win.switch-workspace", "s",
                                   insp_window_actions_switch_workspace);
  gtk_widget_class_install_action (widget_class, "win.new-workspace", NULL,
                                   insp_window_actions_new_workspace);
  gtk_widget_class_install_action (widget_class, "win.edit-organisation", NULL,
                                   insp_window_actions_edit_organisation);
  gtk_widget_class_install_action (widget_class, "win.explore-example", NULL,
                                   insp_window_actions_explore_example);
  gtk_widget_class_install_action (widget_class, "win.print", NULL,
                                   insp_window_actions_print);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s",
                                   insp_window_actions_show_page);
  gtk_widget_class_install_action (widget_class, "win.show-export", "(ss)",
                                   insp_window_actions_show_export);
}

void
_insp_window_actions_init (InspWindow *self)
{
  _insp_window_update_actions (self);
  g_signal_connect_swapped (self->stack, "notify::visible-child",
                            G_CALLBACK (_insp_window_update_actions), self);
}
