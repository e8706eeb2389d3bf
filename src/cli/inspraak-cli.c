/* inspraak-cli.c — the command-line front end: arguments, exit codes, nothing else
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every action is a call of the core's front door (InspWorkspace); this file only parses
 * the command line, prints, and maps errors to the exit codes of sysexits.h.
 */

#define G_LOG_DOMAIN "inspraak-cli"

#include "config.h"

#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include "insp-error.h"
#include "insp-workspace.h"

#define MAX_ERRORS 20

typedef struct
{
  const char *workspace;
  char      **args;    /* the command's arguments, after its name */
  int         n_args;
} Command;

/* The one place where errors become exit codes. */
static int
exit_code_for (const GError *error)
{
  if (error->domain != INSP_ERROR)
    return EX_IOERR;

  switch ((InspError) error->code)
    {
    case INSP_ERROR_INVALID_DATA:
    case INSP_ERROR_NOT_WORKSPACE:
    case INSP_ERROR_CORRUPT:
    case INSP_ERROR_NEWER_VERSION:
      return EX_DATAERR;
    case INSP_ERROR_NOT_FOUND:
      return EX_NOINPUT;
    case INSP_ERROR_EXISTS:
      return EX_CANTCREAT;
    case INSP_ERROR_IO:
      return EX_IOERR;
    case INSP_ERROR_BUSY:
      return EX_TEMPFAIL;
    case INSP_ERROR_USAGE:
      return EX_USAGE;
    case INSP_ERROR_FAILED:
    default:
      return 1;
    }
}

static int
fail (GError *error)
{
  int code = exit_code_for (error);

  g_printerr ("%s\n", error->message);
  g_error_free (error);
  return code;
}

static int
usage_error (const char *format,
             ...) G_GNUC_PRINTF (1, 2);

static int
usage_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("inspraak-cli: %s\n", message);
  g_printerr (_("Try “inspraak-cli --help”.\n"));
  return EX_USAGE;
}

static void
print_help (void)
{
  g_print ("%s\n\n", _("Usage: inspraak-cli [--workspace FILE] COMMAND [OPTIONS…]"));
  g_print ("%s\n\n", _("Inspraak helps an organisation introduce AI at work together with its "
                       "employees. This tool works on a workspace without the app."));
  g_print ("%s\n", _("Commands:"));
  g_print ("  init [--example]                          %s\n",
           _("Create the workspace, or fill an empty one with the example"));
  g_print ("  import [--replace] [--all-errors] FILE    %s\n",
           _("Import a JSON file (“-” reads standard input)"));
  g_print ("  export [--output FILE]                    %s\n",
           _("Write the workspace as JSON (to standard output without --output)"));
  g_print ("  check [--json]                            %s\n\n",
           _("Check that the workspace is intact and list the guidance"));
  g_print ("%s\n", _("Options:"));
  g_print ("  --workspace FILE    %s\n", _("The workspace file (default: the app’s own)"));
  g_print ("  --version           %s\n", _("Show the version"));
  g_print ("  --help              %s\n\n", _("Show this help"));
  g_print ("%s\n", _("Exit status: 0 ok, 64 usage, 65 bad data, 66 missing input, "
                     "73 cannot create, 74 input/output error, 75 workspace busy."));
}

static char *
workspace_path (const Command *command,
                GError       **error)
{
  g_autofree char *dir = NULL;

  if (command->workspace != NULL)
    return g_strdup (command->workspace);

  dir = insp_workspace_get_default_dir (error);
  if (dir == NULL)
    return NULL;
  return g_build_filename (dir, INSP_WORKSPACE_DEFAULT_NAME, NULL);
}

static InspWorkspace *
open_workspace (const Command *command,
                gboolean       create,
                GError       **error)
{
  g_autofree char *path = workspace_path (command, error);

  if (path == NULL)
    return NULL;
  return insp_workspace_open (path, create, error);
}

/* Splits @command's arguments into the flags it knows and at most one operand. */
static gboolean
parse_flags (const Command      *command,
             const char * const *known,
             gboolean           *set,
             const char        **operand,
             const char        **value_of_output)
{
  for (int i = 0; i < command->n_args; i++)
    {
      const char *arg = command->args[i];
      gboolean matched = FALSE;

      if (value_of_output != NULL && strcmp (arg, "--output") == 0)
        {
          if (i + 1 >= command->n_args)
            {
              usage_error (_("--output needs a file name"));
              return FALSE;
            }
          *value_of_output = command->args[++i];
          continue;
        }

      for (guint k = 0; known[k] != NULL; k++)
        {
          if (strcmp (arg, known[k]) == 0)
            {
              set[k] = TRUE;
              matched = TRUE;
            }
        }
      if (matched)
        continue;

      if (arg[0] == '-' && arg[1] != '\0')
        {
          usage_error (_("unknown option “%s”"), arg);
          return FALSE;
        }
      if (operand == NULL || *operand != NULL)
        {
          usage_error (_("unexpected argument “%s”"), arg);
          return FALSE;
        }
      *operand = arg;
    }

  return TRUE;
}

static int
command_init (const Command *command)
{
  static const char * const known[] = { "--example", NULL };
  gboolean set[1] = { FALSE };
  g_autoptr(InspWorkspace) workspace = NULL;
  GError *error = NULL;

  if (!parse_flags (command, known, set, NULL, NULL))
    return EX_USAGE;

  workspace = open_workspace (command, TRUE, &error);
  if (workspace == NULL)
    return fail (error);

  if (!insp_workspace_is_empty (workspace))
    {
      g_printerr (_("%s: the workspace already has content\n"),
                  insp_workspace_get_path (workspace));
      return EX_CANTCREAT;
    }

  if (set[0] && !insp_workspace_init_example (workspace, insp_get_content_language (), &error))
    return fail (error);

  return EX_OK;
}

static GBytes *
read_input (const char *operand,
            GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (strcmp (operand, "-") == 0)
    {
      g_autoptr(GInputStream) in = g_unix_input_stream_new (0, FALSE);
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

      if (g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL,
                                  &local_error) < 0)
        {
          g_set_error (error, INSP_ERROR, INSP_ERROR_IO, _("%s: cannot read (%s)"), "<stdin>",
                       local_error->message);
          return NULL;
        }
      return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
    }

  if (!g_file_get_contents (operand, &contents, &length, &local_error))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND, _("%s: cannot read (%s)"), operand,
                   local_error->message);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

static int
command_import (const Command *command)
{
  static const char * const known[] = { "--replace", "--all-errors", NULL };
  gboolean set[2] = { FALSE, FALSE };
  const char *operand = NULL;
  g_autoptr(InspWorkspace) workspace = NULL;
  g_autoptr(InspImport) import = NULL;
  g_autoptr(InspImportSummary) summary = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autofree char *text = NULL;
  GError *error = NULL;

  if (!parse_flags (command, known, set, &operand, NULL))
    return EX_USAGE;
  if (operand == NULL)
    return usage_error (_("import needs a JSON file, or “-” for standard input"));

  data = read_input (operand, &error);
  if (data == NULL)
    return fail (error);

  import = insp_import_new (data, strcmp (operand, "-") == 0 ? "<stdin>" : operand,
                            set[1] ? MAX_ERRORS : 1, &error);
  if (import == NULL)
    return fail (error);

  workspace = open_workspace (command, TRUE, &error);
  if (workspace == NULL)
    return fail (error);

  summary = insp_workspace_plan_import (workspace, import, set[0], &error);
  if (summary == NULL)
    return fail (error);
  if (!insp_workspace_apply_import (workspace, import, set[0], &error))
    return fail (error);

  text = insp_import_summary_to_string (summary);
  g_print ("%s\n", text);
  return EX_OK;
}

static int
command_export (const Command *command)
{
  static const char * const known[] = { NULL };
  const char *output = NULL;
  g_autoptr(InspWorkspace) workspace = NULL;
  GError *error = NULL;

  if (!parse_flags (command, known, NULL, NULL, &output))
    return EX_USAGE;

  workspace = open_workspace (command, FALSE, &error);
  if (workspace == NULL)
    return fail (error);

  if (output != NULL)
    {
      if (!insp_workspace_export_json_to_file (workspace, output, &error))
        return fail (error);
    }
  else
    {
      g_autoptr(GOutputStream) out = g_unix_output_stream_new (1, FALSE);

      if (!insp_workspace_export_json (workspace, out, NULL, &error))
        return fail (error);
    }

  return EX_OK;
}

static int
command_check (const Command *command)
{
  static const char * const known[] = { "--json", NULL };
  gboolean set[1] = { FALSE };
  g_autoptr(InspWorkspace) workspace = NULL;
  GError *error = NULL;

  if (!parse_flags (command, known, set, NULL, NULL))
    return EX_USAGE;

  workspace = open_workspace (command, FALSE, &error);
  if (workspace == NULL)
    return fail (error);
  if (!insp_workspace_check (workspace, &error))
    return fail (error);

  /* The guidance rules come with the guidance issue: until then there is nothing to flag. */
  if (set[0])
    g_print ("[]\n");
  else
    g_print ("%s\n", _("No advice: nothing to flag."));

  return EX_OK;
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *name;
    int       (*run) (const Command *command);
  } commands[] = {
    { "init", command_init },
    { "import", command_import },
    { "export", command_export },
    { "check", command_check },
  };
  Command command = { NULL, NULL, 0 };
  int i;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("INSPRAAK_LOCALEDIR") ?: LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--help") == 0 || strcmp (argv[i], "-h") == 0)
        {
          print_help ();
          return EX_OK;
        }
      if (strcmp (argv[i], "--version") == 0)
        {
          g_print ("inspraak-cli %s\n", PACKAGE_VERSION);
          return EX_OK;
        }
      if (strcmp (argv[i], "--workspace") == 0)
        {
          if (i + 1 >= argc)
            return usage_error (_("--workspace needs a file name"));
          command.workspace = argv[++i];
          continue;
        }
      if (g_str_has_prefix (argv[i], "--workspace="))
        {
          command.workspace = argv[i] + strlen ("--workspace=");
          continue;
        }
      break;
    }

  if (i >= argc)
    return usage_error (_("no command given"));

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      if (strcmp (argv[i], commands[c].name) == 0)
        {
          for (int k = i + 1; k < argc; k++)
            {
              if (strcmp (argv[k], "--help") == 0)
                {
                  print_help ();
                  return EX_OK;
                }
            }
          command.args = argv + i + 1;
          command.n_args = argc - i - 1;
          return commands[c].run (&command);
        }
    }

  return usage_error (_("unknown command “%s”"), argv[i]);
}
