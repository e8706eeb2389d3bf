/* insp-exports-page.c — documents for the works council, employees, vendors and funders
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the left every template, grouped by whom it is for; on the right its settings (the
 * application, the vision's version, the language, the format), a live preview of the first
 * pages and the recent exports, each one click from its next revision.
 *
 * The file is written by `inspraak-cli render` in a subprocess: the export's language can
 * differ from the app's (gettext has one language per process), and the window stays
 * responsive. The preview is built in this process when it is in the app's language, else
 * by `inspraak-cli preview`, and laid out in a thread by InspDocPreview.
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "insp-application.h"
#include "insp-doc-preview.h"
#include "insp-error-label.h"
#include "insp-exports-page.h"
#include "insp-recent-exports.h"
#include "insp-template.h"
#include "insp-toast.h"
#include "insp-version.h"

/* The preview follows the settings once they have been still this long. */
#define PREVIEW_DELAY_MS 300

static const char *const languages[] = { "en", "nl" };

struct _InspExportsPage
{
  GtkWidget            parent_instance;

  GtkStack            *stack;
  AdwLeaflet          *leaflet;
  GtkWidget           *settings_pane;
  GtkBox              *template_box;
  AdwPreferencesGroup *settings_group;
  AdwComboRow         *application_row;
  AdwComboRow         *version_row;
  AdwComboRow         *since_row;
  AdwComboRow         *language_row;
  AdwComboRow         *format_row;
  GtkLabel            *error_label;
  GtkSpinner          *export_spinner;
  GtkWidget           *export_button;
  AdwPreferencesGroup *preview_group;
  AdwPreferencesGroup *recent_group;
  GtkListBox          *recent_list;
  InspDocPreview      *preview;

  InspWorkspace       *workspace;
  const InspTemplate  *template;       /* the template chosen */
  GHashTable          *radios;         /* template id → GtkCheckButton */
  GPtrArray           *applications;   /* InspApplication, as the application row lists them */
  GPtrArray           *versions;       /* InspVersion, newest last */
  GArray              *formats;        /* InspDocFormat, as the format row lists them */
  GPtrArray           *recent;         /* InspRecentExport, newest first */
  GCancellable        *preview_cancellable;
  GtkNativeDialog     *chooser;
  GSettings           *settings;       /* the export language and format of Preferences */
  guint                preview_id;
  guint                exporting;      /* exports running */
  gboolean             filling;        /* the rows are being set up: not a choice */
  gboolean             stale;          /* the workspace changed while the page was hidden */
};

G_DEFINE_FINAL_TYPE (InspExportsPage, insp_exports_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void schedule_preview (InspExportsPage *self);

/* The settings ------------------------------------------------------------------------- */

static const char *
language_name (const char *language)
{
  /* Each language in its own name, as people look for it. */
  return g_strcmp0 (language, "nl") == 0 ? "Nederlands" : "English";
}

static char *
describe_version (InspVersion *version)
{
  /* Translators: a version of the vision in a list: its number and its name */
  return g_strdup_printf (_("Version %u — %s"), insp_version_get_number (version),
                          insp_version_get_label (version));
}

/* The settings chosen, as the recent exports keep them; path and date empty. */
static InspRecentExport *
dup_settings (InspExportsPage *self)
{
  InspRecentExport *settings = insp_recent_export_new ();
  guint selected;

  settings->template_id = g_strdup (self->template->id);
  selected = adw_combo_row_get_selected (self->format_row);
  settings->format = g_strdup (insp_doc_format_get_id (selected < self->formats->len
                                                       ? g_array_index (self->formats,
                                                                        InspDocFormat,
                                                                        selected)
                                                       : INSP_DOC_FORMAT_PDF));
  selected = adw_combo_row_get_selected (self->language_row);
  settings->language = g_strdup (languages[MIN (selected, G_N_ELEMENTS (languages) - 1)]);

  selected = adw_combo_row_get_selected (self->application_row);
  if (self->template->per_application && selected < self->applications->len)
    settings->application = g_strdup (insp_application_get_uuid (
                                        g_ptr_array_index (self->applications, selected)));

  if (self->template->uses_versions)
    {
      /* Row 0 is the current text, or the last reviewed version; then the versions. */
      selected = adw_combo_row_get_selected (self->version_row);
      if (selected >= 1 && selected <= self->versions->len)
        settings->vision_version = g_strdup_printf (
          "%u", insp_version_get_number (g_ptr_array_index (self->versions, selected - 1)));
      selected = adw_combo_row_get_selected (self->since_row);
      if (selected >= 1 && selected <= self->versions->len)
        settings->since = g_strdup_printf (
          "%u", insp_version_get_number (g_ptr_array_index (self->versions, selected - 1)));
    }
  return settings;
}

static GtkStringList *
new_string_list (void)
{
  return gtk_string_list_new (NULL);
}

static void
fill_formats (InspExportsPage *self)
{
  g_autoptr(GtkStringList) names = new_string_list ();
  InspDocFormat previous = INSP_DOC_FORMAT_PDF;
  guint selected = 0;

  /* The first time: the format Preferences propose. */
  if (self->formats->len == 0)
    {
      g_autofree char *preferred = g_settings_get_string (self->settings, "export-format");

      insp_doc_format_from_id (preferred, &previous);
    }
  else
    previous = g_array_index (self->formats, InspDocFormat,
                              MIN (adw_combo_row_get_selected (self->format_row),
                                   self->formats->len - 1));
  g_array_set_size (self->formats, 0);
  for (InspDocFormat f = 0; f < INSP_DOC_N_FORMATS; f++)
    {
      g_autofree char *name = NULL;

      if (!(self->template->formats & INSP_DOC_FORMAT_BIT (f)))
        continue;
      if (f == previous)
        selected = self->formats->len;
      g_array_append_val (self->formats, f);
      /* Translators: a format in the list: its name and its file extension */
      name = g_strdup_printf (_("%s (.%s)"), insp_doc_format_get_name (f),
                              insp_doc_format_get_extension (f));
      gtk_string_list_append (names, name);
    }
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->format_row, selected);
}

/* The application and version rows, from the workspace; keeps what was chosen. */
static void
fill_workspace_rows (InspExportsPage *self)
{
  g_autoptr(GtkStringList) applications = new_string_list ();
  g_autoptr(GtkStringList) versions = new_string_list ();
  g_autoptr(GtkStringList) since = new_string_list ();
  g_autofree char *application = NULL;
  guint version = adw_combo_row_get_selected (self->version_row);
  guint since_selected = adw_combo_row_get_selected (self->since_row);
  guint selected = 0;

  if (self->applications != NULL
      && adw_combo_row_get_selected (self->application_row) < self->applications->len)
    application = g_strdup (insp_application_get_uuid (
                              g_ptr_array_index (self->applications,
                                                 adw_combo_row_get_selected (
                                                   self->application_row))));

  g_clear_pointer (&self->applications, g_ptr_array_unref);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  if (self->workspace != NULL)
    {
      self->applications = insp_workspace_list_applications (self->workspace, NULL);
      self->versions = insp_workspace_list_versions (self->workspace, NULL);
    }
  if (self->applications == NULL)
    self->applications = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->versions == NULL)
    self->versions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->applications->len; i++)
    {
      InspApplication *app = g_ptr_array_index (self->applications, i);

      if (g_strcmp0 (insp_application_get_uuid (app), application) == 0)
        selected = i;
      gtk_string_list_append (applications, insp_application_get_name (app));
    }

  gtk_string_list_append (versions, _("The current text"));
  gtk_string_list_append (since, _("The last reviewed version"));
  for (guint i = 0; i < self->versions->len; i++)
    {
      g_autofree char *name = describe_version (g_ptr_array_index (self->versions, i));

      gtk_string_list_append (versions, name);
      gtk_string_list_append (since, name);
    }

  adw_combo_row_set_model (self->application_row, G_LIST_MODEL (applications));
  adw_combo_row_set_selected (self->application_row, selected);
  adw_combo_row_set_model (self->version_row, G_LIST_MODEL (versions));
  adw_combo_row_set_selected (self->version_row,
                              version <= self->versions->len ? version : 0);
  adw_combo_row_set_model (self->since_row, G_LIST_MODEL (since));
  adw_combo_row_set_selected (self->since_row,
                              since_selected <= self->versions->len ? since_selected : 0);
}

static void
update_rows (InspExportsPage *self)
{
  gboolean per_application = self->template->per_application;

  gtk_widget_set_visible (GTK_WIDGET (self->application_row),
                          per_application && self->applications->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->version_row), self->template->uses_versions);
  gtk_widget_set_visible (GTK_WIDGET (self->since_row),
                          self->template->uses_versions && self->versions->len > 0);
  adw_preferences_group_set_title (self->settings_group,
                                   insp_template_get_name (self->template));
  adw_preferences_group_set_description (self->settings_group,
                                         insp_template_get_description (self->template));
}

static void
select_template (InspExportsPage    *self,
                 const InspTemplate *template)
{
  GtkCheckButton *radio = g_hash_table_lookup (self->radios, template->id);

  self->template = template;
  if (radio != NULL && !gtk_check_button_get_active (radio))
    gtk_check_button_set_active (radio, TRUE);

  self->filling = TRUE;
  fill_formats (self);
  self->filling = FALSE;
  update_rows (self);
  schedule_preview (self);
}

static void
on_radio_toggled (GtkCheckButton  *radio,
                  InspExportsPage *self)
{
  const InspTemplate *template;

  if (!gtk_check_button_get_active (radio))
    return;
  template = insp_template_lookup (g_object_get_data (G_OBJECT (radio), "template-id"), NULL);
  if (template != NULL && template != self->template)
    select_template (self, template);
  /* In a narrow window the settings take the list's place once a template is chosen. */
  if (!self->filling && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->settings_pane);
}

static void
on_back_clicked (InspExportsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The language Preferences propose: "auto" follows the interface. */
static void
apply_preferred_language (InspExportsPage *self)
{
  g_autofree char *language = g_settings_get_string (self->settings, "export-language");

  if (g_strcmp0 (language, "en") != 0 && g_strcmp0 (language, "nl") != 0)
    language = g_strdup (insp_get_content_language ());
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (languages[i], language))
      adw_combo_row_set_selected (self->language_row, i);
}

static void
apply_preferred_format (InspExportsPage *self)
{
  g_autofree char *preferred = g_settings_get_string (self->settings, "export-format");
  InspDocFormat format;

  if (!insp_doc_format_from_id (preferred, &format))
    return;
  for (guint i = 0; i < self->formats->len; i++)
    if (g_array_index (self->formats, InspDocFormat, i) == format)
      adw_combo_row_set_selected (self->format_row, i);
}

static void
on_setting_changed (InspExportsPage *self)
{
  if (!self->filling && self->template != NULL)
    schedule_preview (self);
}

/* The template list ---------------------------------------------------------------------- */

static void
build_template_list (InspExportsPage *self)
{
  const InspTemplate *const *templates;
  GtkCheckButton *group = NULL;
  guint n;

  templates = insp_template_list (&n);
  for (InspTemplateGroup g = INSP_TEMPLATE_GROUP_WORKS_COUNCIL;
       g <= INSP_TEMPLATE_GROUP_SHARING; g++)
    {
      GtkWidget *preferences_group = NULL;

      for (guint i = 0; i < n; i++)
        {
          GtkWidget *row, *radio;

          if (templates[i]->group != g)
            continue;
          if (preferences_group == NULL)
            {
              preferences_group = adw_preferences_group_new ();
              adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (preferences_group),
                                               insp_template_group_get_name (g));
              gtk_box_append (self->template_box, preferences_group);
            }

          radio = gtk_check_button_new ();
          gtk_check_button_set_group (GTK_CHECK_BUTTON (radio), group);
          if (group == NULL)
            group = GTK_CHECK_BUTTON (radio);
          gtk_widget_set_valign (radio, GTK_ALIGN_CENTER);
          gtk_accessible_update_property (GTK_ACCESSIBLE (radio),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          insp_template_get_name (templates[i]),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                          insp_template_get_description (templates[i]),
                                          -1);
          g_object_set_data (G_OBJECT (radio), "template-id", (gpointer) templates[i]->id);
          g_signal_connect (radio, "toggled", G_CALLBACK (on_radio_toggled), self);
          g_hash_table_insert (self->radios, (gpointer) templates[i]->id, radio);

          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                         insp_template_get_name (templates[i]));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                       insp_template_get_description (templates[i]));
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), radio);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), radio);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (preferences_group), row);
        }
    }
}

/* The preview ---------------------------------------------------------------------------- */

static void
show_preview_error (InspExportsPage *self,
                    const char      *message)
{
  insp_error_label_set_text (self->error_label, message);
  insp_doc_preview_set_document (self->preview, NULL);
}

static const char *
get_cli (void)
{
  const char *cli = g_getenv ("INSPRAAK_CLI");

  return cli != NULL && *cli != '\0' ? cli : BINDIR "/inspraak-cli";
}

/* The command line of render (with @format and @output) or preview (without). */
static GStrv
build_argv (InspExportsPage        *self,
            const InspRecentExport *settings,
            const char             *output)
{
  g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();

  g_strv_builder_add_many (argv, get_cli (), "--workspace",
                           insp_workspace_get_path (self->workspace),
                           output != NULL ? "render" : "preview", settings->template_id,
                           "--lang", settings->language, NULL);
  if (output != NULL)
    g_strv_builder_add_many (argv, "--format", settings->format, "--output", output, NULL);
  if (settings->application != NULL)
    g_strv_builder_add_many (argv, "--application", settings->application, NULL);
  if (settings->vision_version != NULL)
    g_strv_builder_add_many (argv, "--vision-version", settings->vision_version, NULL);
  if (settings->since != NULL)
    g_strv_builder_add_many (argv, "--since", settings->since, NULL);
  return g_strv_builder_end (argv);
}

/* What the command line said went wrong, without its hint about --help. */
static char *
clean_cli_message (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  g_autoptr(GString) message = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (*line == '\0' || strstr (line, "--help") != NULL)
        continue;
      if (g_str_has_prefix (line, "inspraak-cli: "))
        line += strlen ("inspraak-cli: ");
      if (message->len > 0)
        g_string_append_c (message, '\n');
      g_string_append (message, line);
    }
  return g_string_free (g_steal_pointer (&message), FALSE);
}

static void
on_preview_communicated (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(InspExportsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  InspDocument *doc;

  if (!g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &out, &err,
                                             &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_preview_error (self, error->message);
      return;
    }
  if (!g_subprocess_get_successful (G_SUBPROCESS (source)))
    {
      g_autofree char *message = clean_cli_message (err);

      show_preview_error (self, message);
      return;
    }
  doc = insp_document_new_from_json (out, -1, &error);
  if (doc == NULL)
    {
      show_preview_error (self, error->message);
      return;
    }
  insp_doc_preview_set_document (self->preview, doc);
}

static gboolean
update_preview (gpointer user_data)
{
  InspExportsPage *self = user_data;
  g_autoptr(InspRecentExport) settings = NULL;
  g_autoptr(GError) error = NULL;

  self->preview_id = 0;
  if (self->workspace == NULL || self->template == NULL)
    return G_SOURCE_REMOVE;

  if (self->preview_cancellable != NULL)
    g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  settings = dup_settings (self);
  if (g_strcmp0 (settings->language, insp_get_content_language ()) == 0)
    {
      /* In the app's language: built here, laid out in a thread. */
      InspRenderOptions options = {
        settings->application, settings->vision_version, settings->since, settings->language
      };
      InspDocument *doc = insp_template_build (self->template, self->workspace, &options,
                                               &error);

      if (doc == NULL)
        show_preview_error (self, error->message);
      else
        insp_doc_preview_set_document (self->preview, doc);
    }
  else
    {
      /* In the other language: built by a process of its own. */
      g_auto(GStrv) argv = build_argv (self, settings, NULL);
      g_autoptr(GSubprocess) process = NULL;

      process = g_subprocess_newv ((const char * const *) argv,
                                   G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                   | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
      if (process == NULL)
        {
          show_preview_error (self, error->message);
          return G_SOURCE_REMOVE;
        }
      self->preview_cancellable = g_cancellable_new ();
      g_subprocess_communicate_utf8_async (process, NULL, self->preview_cancellable,
                                           on_preview_communicated, g_object_ref (self));
    }
  return G_SOURCE_REMOVE;
}

static void
schedule_preview (InspExportsPage *self)
{
  g_clear_handle_id (&self->preview_id, g_source_remove);
  self->preview_id = g_timeout_add (PREVIEW_DELAY_MS, update_preview, self);
}

/* Exporting ------------------------------------------------------------------------------ */

static char *
recent_file (GError **error)
{
  g_autofree char *dir = insp_workspace_get_default_dir (error);

  return dir != NULL ? g_build_filename (dir, "recent-exports.json", NULL) : NULL;
}

static void fill_recent (InspExportsPage *self);

typedef struct
{
  InspExportsPage  *self;
  InspRecentExport *settings;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_object_unref (job->self);
  insp_recent_export_free (job->settings);
  g_free (job);
}

static void
end_export (InspExportsPage *self)
{
  self->exporting--;
  gtk_widget_set_visible (GTK_WIDGET (self->export_spinner), self->exporting > 0);
  gtk_spinner_set_spinning (self->export_spinner, self->exporting > 0);
}

static void
on_open_exported (AdwToast *toast,
                  GtkWidget *widget)
{
  const char *path = g_object_get_data (G_OBJECT (toast), "path");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
on_export_communicated (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  ExportJob *job = user_data;
  InspExportsPage *self = job->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *message = NULL;
  g_autofree char *file_name = g_path_get_basename (job->settings->path);
  g_autofree char *title = NULL;
  g_autofree char *list = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  AdwToast *toast;

  end_export (self);
  if (!g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, NULL, &err,
                                             &error))
    message = g_strdup (error->message);
  else if (!g_subprocess_get_successful (G_SUBPROCESS (source)))
    message = clean_cli_message (err);

  if (message != NULL)
    {
      /* Translators: %s is a file name; then what went wrong */
      g_autofree char *text = g_strdup_printf (_("“%s” was not written: %s"), file_name,
                                               message);

      insp_error_label_set_text (self->error_label, text);
      export_job_free (job);
      return;
    }

  job->settings->date = g_date_time_format_iso8601 (now);
  list = recent_file (NULL);
  if (list != NULL && self->workspace != NULL
      && !insp_recent_exports_add (list, insp_workspace_get_path (self->workspace),
                                   job->settings, &error))
    g_warning ("The recent exports cannot be remembered: %s", error->message);
  fill_recent (self);

  title = g_strdup_printf (_("Exported “%s”"), file_name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "path", g_strdup (job->settings->path), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_open_exported), self, 0);
  insp_toast_show_for (GTK_WIDGET (self), toast);
  g_signal_emit (self, signals[SIGNAL_EXPORTED], 0, job->settings->path);
  export_job_free (job);
}

/* Writes @settings' export to its path in a subprocess. */
static void
run_export (InspExportsPage        *self,
            const InspRecentExport *settings)
{
  g_auto(GStrv) argv = build_argv (self, settings, settings->path);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  ExportJob *job;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  process = g_subprocess_newv ((const char * const *) argv,
                               G_SUBPROCESS_FLAGS_STDOUT_SILENCE
                               | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  if (process == NULL)
    {
      insp_error_label_show (self->error_label, error);
      return;
    }
  job = g_new0 (ExportJob, 1);
  job->self = g_object_ref (self);
  job->settings = insp_recent_export_copy (settings);
  self->exporting++;
  gtk_widget_set_visible (GTK_WIDGET (self->export_spinner), TRUE);
  gtk_spinner_set_spinning (self->export_spinner, TRUE);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, on_export_communicated, job);
}

static char *
suggest_file_name (InspExportsPage        *self,
                   const InspRecentExport *settings)
{
  g_autofree char *base = NULL;
  InspDocFormat format = INSP_DOC_FORMAT_PDF;

  insp_doc_format_from_id (settings->format, &format);
  if (settings->application != NULL)
    {
      g_autoptr(InspApplication) application = insp_workspace_get_application (
                                                 self->workspace, settings->application, NULL);

      if (application != NULL)
        /* Translators: an export's file name: the template's name, the application's */
        base = g_strdup_printf (_("%s — %s"), insp_template_get_name (self->template),
                                insp_application_get_name (application));
    }
  if (base == NULL)
    base = g_strdup (insp_template_get_name (self->template));
  g_strdelimit (base, "/\\:", '-');
  return g_strdup_printf ("%s.%s", base, insp_doc_format_get_extension (format));
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     InspExportsPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(InspRecentExport) settings = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || g_file_peek_path (file) == NULL || self->template == NULL)
    return;

  settings = dup_settings (self);
  settings->path = g_file_get_path (file);
  run_export (self, settings);
}

static void
on_export_clicked (InspExportsPage *self)
{
  g_autoptr(InspRecentExport) settings = NULL;
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autofree char *title = NULL;

  if (self->template == NULL || self->workspace == NULL || self->chooser != NULL)
    return;

  settings = dup_settings (self);
  name = suggest_file_name (self, settings);
  /* Translators: the title of the file chooser; %s is a template's name */
  title = g_strdup_printf (_("Export “%s”"), insp_template_get_name (self->template));
  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response), self, 0);
  gtk_native_dialog_show (self->chooser);
}

/* The recent exports ---------------------------------------------------------------------- */

/* Puts @settings in the rows, as they were for that export. */
static void
apply_settings (InspExportsPage        *self,
                const InspRecentExport *settings)
{
  const InspTemplate *template = insp_template_lookup (settings->template_id, NULL);
  InspDocFormat format;

  if (template == NULL)
    return;
  self->filling = TRUE;
  select_template (self, template);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (languages[i], settings->language) == 0)
      adw_combo_row_set_selected (self->language_row, i);
  if (insp_doc_format_from_id (settings->format, &format))
    for (guint i = 0; i < self->formats->len; i++)
      if (g_array_index (self->formats, InspDocFormat, i) == format)
        adw_combo_row_set_selected (self->format_row, i);
  for (guint i = 0; i < self->applications->len; i++)
    if (g_strcmp0 (insp_application_get_uuid (g_ptr_array_index (self->applications, i)),
                   settings->application) == 0)
      adw_combo_row_set_selected (self->application_row, i);
  adw_combo_row_set_selected (self->version_row, 0);
  adw_combo_row_set_selected (self->since_row, 0);
  for (guint i = 0; i < self->versions->len; i++)
    {
      g_autofree char *number = g_strdup_printf (
        "%u", insp_version_get_number (g_ptr_array_index (self->versions, i)));

      if (g_strcmp0 (number, settings->vision_version) == 0)
        adw_combo_row_set_selected (self->version_row, i + 1);
      if (g_strcmp0 (number, settings->since) == 0)
        adw_combo_row_set_selected (self->since_row, i + 1);
    }
  self->filling = FALSE;
  update_rows (self);
  schedule_preview (self);
}

static void
on_again_clicked (GtkButton       *button,
                  InspExportsPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  if (self->recent == NULL || index >= self->recent->len)
    return;
  apply_settings (self, g_ptr_array_index (self->recent, index));
  run_export (self, g_ptr_array_index (self->recent, index));
}

static char *
describe_recent (const InspRecentExport *entry)
{
  g_autofree char *file_name = g_path_get_basename (entry->path);
  g_autoptr(GDateTime) when = entry->date != NULL
                              ? g_date_time_new_from_iso8601 (entry->date, NULL) : NULL;
  g_autoptr(GDateTime) local = when != NULL ? g_date_time_to_local (when) : NULL;
  g_autofree char *date = local != NULL ? g_date_time_format (local, "%-d %B %Y, %H:%M")
                                        : g_strdup ("");
  g_autofree char *format = g_ascii_strup (entry->format, -1);

  /* Translators: a recent export: file name · format · language · when */
  return g_strdup_printf (_("%s · %s · %s · %s"), file_name, format,
                          language_name (entry->language), date);
}

static void
fill_recent (InspExportsPage *self)
{
  g_autofree char *list = recent_file (NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  g_clear_pointer (&self->recent, g_ptr_array_unref);
  if (list != NULL && self->workspace != NULL)
    self->recent = insp_recent_exports_load (list, insp_workspace_get_path (self->workspace),
                                             NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group),
                          self->recent != NULL && self->recent->len > 0);
  for (guint i = 0; self->recent != NULL && i < self->recent->len; i++)
    {
      const InspRecentExport *entry = g_ptr_array_index (self->recent, i);
      const InspTemplate *template = insp_template_lookup (entry->template_id, NULL);
      g_autofree char *subtitle = describe_recent (entry);
      g_autofree char *again_name = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *again = gtk_button_new_with_mnemonic (_("Export _Again"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     template != NULL ? insp_template_get_name (template)
                                                      : entry->template_id);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (again, GTK_ALIGN_CENTER);
      /* Translators: a button's accessible name: export a template again to a file */
      again_name = g_strdup_printf (_("Export “%s” again to %s"),
                                    template != NULL ? insp_template_get_name (template)
                                                     : entry->template_id, entry->path);
      gtk_accessible_update_property (GTK_ACCESSIBLE (again), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      again_name, -1);
      gtk_widget_set_tooltip_text (again, entry->path);
      g_object_set_data (G_OBJECT (again), "index", GUINT_TO_POINTER (i));
      g_signal_connect (again, "clicked", G_CALLBACK (on_again_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), again);
      gtk_list_box_append (self->recent_list, row);
    }
}

/* The workspace --------------------------------------------------------------------------- */

/* Typing elsewhere changes the workspace all the time: a hidden page only notes it, and
 * catches up when it is shown. */
static void
on_workspace_changed (InspExportsPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  self->filling = TRUE;
  fill_workspace_rows (self);
  self->filling = FALSE;
  if (self->template != NULL)
    {
      update_rows (self);
      schedule_preview (self);
    }
}

static void
insp_exports_page_map (GtkWidget *widget)
{
  InspExportsPage *self = INSP_EXPORTS_PAGE (widget);

  GTK_WIDGET_CLASS (insp_exports_page_parent_class)->map (widget);

  if (self->stale)
    on_workspace_changed (self);
}

/**
 * insp_exports_page_set_workspace:
 * @self: the page
 * @workspace: (nullable): the workspace to export from
 */
void
insp_exports_page_set_workspace (InspExportsPage *self,
                                 InspWorkspace   *workspace)
{
  g_return_if_fail (INSP_IS_EXPORTS_PAGE (self));

  if (self->workspace == workspace)
    return;
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  if (workspace != NULL)
    g_signal_connect_object (workspace, "changed", G_CALLBACK (on_workspace_changed), self,
                             G_CONNECT_SWAPPED);

  gtk_stack_set_visible_child_name (self->stack, workspace != NULL ? "main" : "empty");
  on_workspace_changed (self);
  fill_recent (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

/**
 * insp_exports_page_select:
 * @self: the page
 * @template_id: a template's identifier
 * @application: (nullable): an application's uuid, for a template about one
 *
 * Chooses a template (and application), as the Export… items elsewhere in the app do.
 */
void
insp_exports_page_select (InspExportsPage *self,
                          const char      *template_id,
                          const char      *application)
{
  const InspTemplate *template = insp_template_lookup (template_id, NULL);

  g_return_if_fail (INSP_IS_EXPORTS_PAGE (self));

  if (template == NULL)
    return;
  select_template (self, template);
  for (guint i = 0; application != NULL && i < self->applications->len; i++)
    if (g_strcmp0 (insp_application_get_uuid (g_ptr_array_index (self->applications, i)),
                   application) == 0)
      adw_combo_row_set_selected (self->application_row, i);
}

/**
 * insp_exports_page_export_to:
 * @self: the page
 * @path: the file to write
 *
 * Exports the chosen template with the chosen settings to @path, as Export… does after its
 * file chooser; "exported" is emitted when the file is written.
 */
void
insp_exports_page_export_to (InspExportsPage *self,
                             const char      *path)
{
  g_autoptr(InspRecentExport) settings = NULL;

  g_return_if_fail (INSP_IS_EXPORTS_PAGE (self));
  g_return_if_fail (self->template != NULL && self->workspace != NULL);

  settings = dup_settings (self);
  settings->path = g_strdup (path);
  run_export (self, settings);
}

InspDocPreview *
insp_exports_page_get_preview (InspExportsPage *self)
{
  g_return_val_if_fail (INSP_IS_EXPORTS_PAGE (self), NULL);
  return self->preview;
}

/* GObject --------------------------------------------------------------------------------- */

static void
insp_exports_page_dispose (GObject *object)
{
  InspExportsPage *self = INSP_EXPORTS_PAGE (object);

  g_clear_handle_id (&self->preview_id, g_source_remove);
  if (self->preview_cancellable != NULL)
    g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);

  gtk_widget_dispose_template (GTK_WIDGET (object), INSP_TYPE_EXPORTS_PAGE);

  G_OBJECT_CLASS (insp_exports_page_parent_class)->dispose (object);
}

static void
insp_exports_page_finalize (GObject *object)
{
  InspExportsPage *self = INSP_EXPORTS_PAGE (object);

  g_clear_pointer (&self->radios, g_hash_table_unref);
  g_clear_pointer (&self->applications, g_ptr_array_unref);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  g_clear_pointer (&self->formats, g_array_unref);
  g_clear_pointer (&self->recent, g_ptr_array_unref);

  G_OBJECT_CLASS (insp_exports_page_parent_class)->finalize (object);
}

static void
insp_exports_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  InspExportsPage *self = INSP_EXPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_exports_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  InspExportsPage *self = INSP_EXPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      insp_exports_page_set_workspace (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
insp_exports_page_class_init (InspExportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_exports_page_dispose;
  object_class->finalize = insp_exports_page_finalize;
  object_class->get_property = insp_exports_page_get_property;
  object_class->set_property = insp_exports_page_set_property;
  widget_class->map = insp_exports_page_map;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, INSP_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * InspExportsPage::exported:
   * @path: the file written
   *
   * An export was written.
   */
  signals[SIGNAL_EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-exports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, settings_pane);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, template_box);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, settings_group);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, application_row);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, version_row);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, since_row);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, format_row);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, export_spinner);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, preview_group);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, InspExportsPage, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
}

static void
insp_exports_page_init (InspExportsPage *self)
{
  g_autoptr(GtkStringList) language_names = new_string_list ();
  const InspTemplate *const *templates;
  AdwComboRow *rows[5];
  guint n;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->radios = g_hash_table_new (g_str_hash, g_str_equal);
  self->formats = g_array_new (FALSE, FALSE, sizeof (InspDocFormat));
  self->applications = g_ptr_array_new_with_free_func (g_object_unref);
  self->versions = g_ptr_array_new_with_free_func (g_object_unref);

  self->settings = g_settings_new (APP_ID);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    gtk_string_list_append (language_names, language_name (languages[i]));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (language_names));
  apply_preferred_language (self);
  g_signal_connect_object (self->settings, "changed::export-language",
                           G_CALLBACK (apply_preferred_language), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::export-format",
                           G_CALLBACK (apply_preferred_format), self, G_CONNECT_SWAPPED);

  rows[0] = self->application_row;
  rows[1] = self->version_row;
  rows[2] = self->since_row;
  rows[3] = self->language_row;
  rows[4] = self->format_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_signal_connect_object (rows[i], "notify::selected", G_CALLBACK (on_setting_changed),
                             self, G_CONNECT_SWAPPED);

  self->preview = INSP_DOC_PREVIEW (insp_doc_preview_new ());
  adw_preferences_group_add (self->preview_group, GTK_WIDGET (self->preview));

  build_template_list (self);
  templates = insp_template_list (&n);
  select_template (self, templates[0]);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}
