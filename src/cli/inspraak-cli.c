/* inspraak-cli.c — the command line: a workspace's init, import, export and check
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Thin on purpose: this file parses arguments, prints and chooses the exit status (sysexits).
 * Every action is a call to InspWorkspace, the same front door the app uses.
 */

#define G_LOG_DOMAIN "inspraak-cli"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

#include "insp-error.h"
#include "insp-guidance.h"
#include "insp-json-scan.h"
#include "insp-practice.h"
#include "insp-template.h"
#include "insp-version.h"
#include "insp-workspace.h"

#define PROGRAM_NAME "inspraak-cli"

/* How many problems `import --all-errors` reports at most. */
#define MAX_REPORTED_ERRORS 20

typedef enum
{
  COMMAND_NONE,
  COMMAND_INIT,
  COMMAND_IMPORT,
  COMMAND_EXPORT,
  COMMAND_CHECK,
  COMMAND_VISION,
  COMMAND_CASEBOOK,
  COMMAND_RENDER,
  COMMAND_TEMPLATES,
  COMMAND_PREVIEW,
} CommandId;

typedef struct
{
  const char *name;
  const char *value_name;    /* N_(): the option takes a value; NULL for a flag */
  const char *description;   /* N_() */
} OptionInfo;

typedef struct
{
  CommandId         id;
  const char       *name;
  const char       *synopsis;      /* N_(): what follows "inspraak-cli" */
  const char       *description;   /* N_() */
  const OptionInfo *options;       /* ends with a NULL name */
} CommandInfo;

typedef struct
{
  const char *workspace;
  gboolean    help;
  gboolean    version;
  CommandId   command;
  gboolean    example;
  gboolean    replace;
  gboolean    all_errors;
  gboolean    json;
  const char *output;
  const char *input;
  const char *format;
  const char *lang;
  const char *application;
  const char *vision_version;
  const char *since;
  const char *args[3];   /* vision: the subcommand and its versions */
  guint       n_args;
} Options;

static const OptionInfo workspace_option = {
  "--workspace", N_("FILE"),
  N_("The workspace file (default: the app’s first workspace, default.inspraak)")
};

static const OptionInfo init_options[] = {
  { "--example", NULL, N_("Fill the new workspace with the example organisation, in the "
                          "language of the user interface") },
  { NULL, NULL, NULL }
};

static const OptionInfo import_options[] = {
  { "--replace", NULL, N_("Empty the workspace first, in the same transaction") },
  { "--all-errors", NULL, N_("Report up to 20 problems instead of the first one") },
  { NULL, NULL, NULL }
};

static const OptionInfo export_options[] = {
  { "--output", N_("FILE.json"), N_("Write to this file (readable by you only, written "
                                    "atomically) instead of standard output") },
  { NULL, NULL, NULL }
};

static const OptionInfo check_options[] = {
  { "--json", NULL, N_("Print the guidance flags as JSON") },
  { NULL, NULL, NULL }
};

static const OptionInfo vision_options[] = {
  { "--json", NULL, N_("Print JSON instead of text") },
  { NULL, NULL, NULL }
};

static const OptionInfo casebook_options[] = {
  { "--output", N_("FILE.json"), N_("export: write to this file (readable by you only, "
                                    "written atomically) instead of standard output") },
  { "--all-errors", NULL, N_("import: report up to 20 problems instead of the first one") },
  { NULL, NULL, NULL }
};

/* render's options; preview takes the same without the first two (format and output). */
static const OptionInfo render_options[] = {
  { "--format", N_("FORMAT"), N_("pdf, odt, docx, html, md or csv (the formats the template "
                                 "has)") },
  { "--output", N_("FILE"), N_("Write to this file (readable by you only, written "
                               "atomically)") },
  { "--lang", N_("LANGUAGE"), N_("en or nl (default: the language of the user interface)") },
  { "--application", N_("UUID"), N_("The AI application, for a template about one, when the "
                                    "workspace has more than one") },
  { "--vision-version", N_("VERSION"), N_("The version of the vision, by number or name "
                                          "(default: the current text)") },
  { "--since", N_("VERSION"), N_("Say what changed since this version (default: the last "
                                 "version the employees’ representatives reviewed)") },
  { NULL, NULL, NULL }
};

static const OptionInfo no_options[] = {
  { NULL, NULL, NULL }
};

static const CommandInfo commands[] = {
  { COMMAND_INIT, "init",
    /* Translators: a command's synopsis; translate only the words in capitals */
    N_("[--workspace FILE] init [--example]"),
    N_("Creates a workspace. A workspace that already has content is left alone."),
    init_options },
  { COMMAND_IMPORT, "import",
    /* Translators: a command's synopsis; translate only the words in capitals */
    N_("[--workspace FILE] import [--replace] [--all-errors] FILE.json"),
    N_("Checks a JSON file in the interchange format and merges it into the workspace in "
       "one transaction: rows with the same uuid are updated, the others added. On any "
       "error nothing changes. “-” reads standard input."),
    import_options },
  { COMMAND_EXPORT, "export",
    /* Translators: a command's synopsis; translate only the words in capitals */
    N_("[--workspace FILE] export [--output FILE.json]"),
    N_("Writes the whole workspace in the JSON interchange format."),
    export_options },
  { COMMAND_CHECK, "check",
    /* Translators: a command's synopsis; translate only the words in capitals */
    N_("[--workspace FILE] check [--json]"),
    N_("Checks the workspace for damage, then prints the guidance flags."),
    check_options },
  { COMMAND_VISION, "vision",
    /* Translators: a command's synopsis; translate only the words in capitals */
    N_("[--workspace FILE] vision list-versions [--json]\n"
       "  inspraak-cli [--workspace FILE] vision diff VERSION [VERSION] [--json]"),
    N_("Lists the versions of the AI vision, or shows what changed between two versions, "
       "or between one version and the current text, section by section and word by word. "
       "VERSION is a version’s number or its name."),
    vision_options },
  { COMMAND_CASEBOOK, "casebook",
    /* Translators: a command's synopsis; translate only the words in capitals */
    N_("[--workspace FILE] casebook export [--output FILE.json]\n"
       "  inspraak-cli [--workspace FILE] casebook import [--all-errors] FILE.json"),
    N_("Writes the casebook of good and bad practices as JSON (format “inspraak-casebook”), "
       "or imports one in one transaction: new practices are added, a practice the "
       "workspace has already is updated only when the file’s copy was modified later. On "
       "any error nothing changes. “-” reads standard input."),
    casebook_options },
  { COMMAND_RENDER, "render",
    /* Translators: a command's synopsis; translate only the words in capitals */
    N_("[--workspace FILE] render TEMPLATE --format FORMAT --output FILE [--lang LANGUAGE]\n"
       "      [--application UUID] [--vision-version VERSION] [--since VERSION]"),
    N_("Writes an export: a template filled from the workspace, in a format. What the "
       "workspace lacks shows as a marked blank to fill in. “inspraak-cli templates” lists "
       "the templates."),
    render_options },
  { COMMAND_TEMPLATES, "templates",
    /* Translators: a command's synopsis; translate only the words in capitals */
    N_("templates"),
    N_("Lists the templates, one per line: the identifier, a tab, what it is."),
    no_options },
  { COMMAND_PREVIEW, "preview",
    /* Translators: a command's synopsis; translate only the words in capitals */
    N_("[--workspace FILE] preview TEMPLATE [--lang LANGUAGE] [--application UUID]\n"
       "      [--vision-version VERSION] [--since VERSION]"),
    N_("Prints the document an export is made of, as JSON (format “inspraak-document”): the "
       "app’s preview in another language than its own."),
    &render_options[2] },   /* render's, without --format and --output */
};

/* The one place where an error becomes an exit status. */
static int
exit_status_for_error (const GError *error)
{
  if (error == NULL)
    return EX_OK;
  if (error->domain != INSP_ERROR)
    return 1;

  switch ((InspError) error->code)
    {
    case INSP_ERROR_USAGE:
      return EX_USAGE;
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
    case INSP_ERROR_FAILED:
    default:
      return 1;
    }
}

static void usage_error (GError    **error,
                         const char *format,
                         ...) G_GNUC_PRINTF (2, 3);

static void
usage_error (GError    **error,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, INSP_ERROR, INSP_ERROR_USAGE, "%s: %s", PROGRAM_NAME, message);
}

/* ------------------------------------------------------------------------------------------
 * Help
 * ------------------------------------------------------------------------------------------ */

static const CommandInfo *
lookup_command (CommandId id)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (commands[i].id == id)
        return &commands[i];
    }
  return NULL;
}

static void
append_option (GString          *text,
               const OptionInfo *option)
{
  g_autofree char *left = option->value_name != NULL
                          ? g_strdup_printf ("%s %s", option->name, _(option->value_name))
                          : g_strdup (option->name);

  g_string_append_printf (text, "  %-26s %s\n", left, _(option->description));
}

static char *
general_help (void)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n", _("Usage:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %s %s\n", PROGRAM_NAME, _(commands[i].synopsis));
  g_string_append_printf (text, "  %s --version | --help\n\n", PROGRAM_NAME);

  g_string_append_printf (text, "%s\n\n",
                          _("Works with an Inspraak workspace from the command line: the "
                            "same data the app shows."));

  g_string_append_printf (text, "%s\n", _("Commands:"));
  g_string_append_printf (text, "  %-20s %s\n", "init", _("Create a workspace"));
  g_string_append_printf (text, "  %-20s %s\n", "import",
                          _("Import a JSON file into the workspace"));
  g_string_append_printf (text, "  %-20s %s\n", "export", _("Write the workspace as JSON"));
  g_string_append_printf (text, "  %-20s %s\n", "check",
                          _("Check the workspace and print the guidance flags"));
  g_string_append_printf (text, "  %-20s %s\n", "vision",
                          _("List the vision’s versions, or show what changed between them"));
  g_string_append_printf (text, "  %-20s %s\n", "casebook",
                          _("Export or import the casebook of practices as JSON"));
  g_string_append_printf (text, "  %-20s %s\n", "render",
                          _("Write an export: a template as PDF, ODT, DOCX, HTML, Markdown or "
                            "CSV"));
  g_string_append_printf (text, "  %-20s %s\n\n", "templates", _("List the templates"));

  g_string_append_printf (text, "%s\n", _("Options:"));
  append_option (text, &workspace_option);
  g_string_append_printf (text, "  %-26s %s\n", "--help",
                          _("Show this help; “inspraak-cli COMMAND --help” shows a "
                            "command’s options"));
  g_string_append_printf (text, "  %-26s %s\n\n", "--version", _("Show the version"));

  g_string_append_printf (text, "%s\n", _("Exit status:"));
  g_string_append_printf (text, "  %-4d %s\n", EX_OK, _("success"));
  g_string_append_printf (text, "  %-4d %s\n", EX_USAGE, _("wrong usage"));
  g_string_append_printf (text, "  %-4d %s\n", EX_DATAERR,
                          _("invalid data, or a file that is not a workspace, is damaged "
                            "or comes from a newer version"));
  g_string_append_printf (text, "  %-4d %s\n", EX_NOINPUT,
                          _("the input file or the workspace is missing or unreadable"));
  g_string_append_printf (text, "  %-4d %s\n", EX_CANTCREAT,
                          _("the output cannot be created, or init found content"));
  g_string_append_printf (text, "  %-4d %s\n", EX_IOERR, _("input/output error"));
  g_string_append_printf (text, "  %-4d %s\n", EX_TEMPFAIL,
                          _("the workspace is in use by another program"));
  g_string_append_printf (text, "  %-4d %s\n", 1, _("another failure"));

  return g_string_free (text, FALSE);
}

static char *
command_help (const CommandInfo *command)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n  %s %s\n\n%s\n\n%s\n", _("Usage:"), PROGRAM_NAME,
                          _(command->synopsis), _(command->description), _("Options:"));
  for (guint i = 0; command->options[i].name != NULL; i++)
    append_option (text, &command->options[i]);
  append_option (text, &workspace_option);

  return g_string_free (text, FALSE);
}

/* ------------------------------------------------------------------------------------------
 * Arguments
 * ------------------------------------------------------------------------------------------ */

static gboolean
set_command_flag (Options    *opts,
                  const char *name)
{
  gboolean *flag = NULL;

  if (opts->command == COMMAND_INIT && strcmp (name, "--example") == 0)
    flag = &opts->example;
  else if (opts->command == COMMAND_IMPORT && strcmp (name, "--replace") == 0)
    flag = &opts->replace;
  else if ((opts->command == COMMAND_IMPORT || opts->command == COMMAND_CASEBOOK)
           && strcmp (name, "--all-errors") == 0)
    flag = &opts->all_errors;
  else if ((opts->command == COMMAND_CHECK || opts->command == COMMAND_VISION)
           && strcmp (name, "--json") == 0)
    flag = &opts->json;

  if (flag == NULL)
    return FALSE;
  *flag = TRUE;
  return TRUE;
}

static const char **
value_option_target (Options    *opts,
                     const char *name)
{
  if (strcmp (name, "--workspace") == 0)
    return &opts->workspace;
  if ((opts->command == COMMAND_EXPORT || opts->command == COMMAND_CASEBOOK
       || opts->command == COMMAND_RENDER)
      && strcmp (name, "--output") == 0)
    return &opts->output;
  if (opts->command != COMMAND_RENDER && opts->command != COMMAND_PREVIEW)
    return NULL;
  if (opts->command == COMMAND_PREVIEW && strcmp (name, "--format") == 0)
    return NULL;
  if (strcmp (name, "--format") == 0)
    return &opts->format;
  if (strcmp (name, "--lang") == 0)
    return &opts->lang;
  if (strcmp (name, "--application") == 0)
    return &opts->application;
  if (strcmp (name, "--vision-version") == 0)
    return &opts->vision_version;
  if (strcmp (name, "--since") == 0)
    return &opts->since;
  return NULL;
}

static gboolean
parse_arguments (int       argc,
                 char    **argv,
                 Options  *opts,
                 GError  **error)
{
  gboolean options_ended = FALSE;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      g_autofree char *name = NULL;
      const char *value = NULL;
      const char *equals;
      const char **target;

      if (!options_ended && strcmp (arg, "--") == 0)
        {
          options_ended = TRUE;
          continue;
        }

      if (options_ended || arg[0] != '-' || arg[1] == '\0')
        {
          /* A positional argument: the command, then import's file ("-": standard input). */
          if (opts->command == COMMAND_NONE)
            {
              for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
                {
                  if (strcmp (arg, commands[c].name) == 0)
                    opts->command = commands[c].id;
                }
              if (opts->command == COMMAND_NONE)
                {
                  usage_error (error, _("unknown command “%s”"), arg);
                  return FALSE;
                }
            }
          else if (opts->command == COMMAND_IMPORT && opts->input == NULL)
            {
              opts->input = arg;
            }
          else if ((opts->command == COMMAND_VISION || opts->command == COMMAND_CASEBOOK
                    || ((opts->command == COMMAND_RENDER || opts->command == COMMAND_PREVIEW)
                        && opts->n_args == 0))
                   && opts->n_args < G_N_ELEMENTS (opts->args))
            {
              opts->args[opts->n_args++] = arg;
            }
          else
            {
              usage_error (error, _("unexpected argument “%s”"), arg);
              return FALSE;
            }
          continue;
        }

      equals = strchr (arg, '=');
      name = equals != NULL ? g_strndup (arg, equals - arg) : g_strdup (arg);
      if (equals != NULL)
        value = equals + 1;

      target = value_option_target (opts, name);
      if (target != NULL)
        {
          if (value == NULL && i + 1 < argc)
            value = argv[++i];
          if (value == NULL || *value == '\0')
            {
              if (strcmp (name, "--workspace") == 0 || strcmp (name, "--output") == 0)
                usage_error (error, _("the option “%s” needs a file name"), name);
              else
                usage_error (error, _("the option “%s” needs a value"), name);
              return FALSE;
            }
          *target = value;
          continue;
        }

      if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0
          || (opts->command == COMMAND_NONE && strcmp (name, "--version") == 0)
          || set_command_flag (opts, name))
        {
          if (value != NULL)
            {
              usage_error (error, _("the option “%s” takes no value"), name);
              return FALSE;
            }
          if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0)
            opts->help = TRUE;
          else if (strcmp (name, "--version") == 0)
            opts->version = TRUE;
          continue;
        }

      usage_error (error, _("unknown option “%s”"), name);
      return FALSE;
    }

  if (opts->help || opts->version)
    return TRUE;

  if (opts->command == COMMAND_NONE)
    {
      usage_error (error, "%s", _("no command given"));
      return FALSE;
    }
  if (opts->command == COMMAND_IMPORT && opts->input == NULL)
    {
      usage_error (error, "%s", _("import needs a JSON file, or “-” for standard input"));
      return FALSE;
    }
  if (opts->command == COMMAND_VISION)
    {
      const char *sub = opts->n_args > 0 ? opts->args[0] : NULL;

      if (g_strcmp0 (sub, "list-versions") == 0 && opts->n_args == 1)
        return TRUE;
      if (g_strcmp0 (sub, "diff") == 0 && opts->n_args >= 2 && opts->n_args <= 3)
        return TRUE;
      if (g_strcmp0 (sub, "diff") == 0)
        usage_error (error, "%s", _("vision diff needs one version (compared with the current "
                                    "text) or two"));
      else if (g_strcmp0 (sub, "list-versions") == 0)
        usage_error (error, _("unexpected argument “%s”"), opts->args[1]);
      else if (sub == NULL)
        usage_error (error, "%s", _("vision needs “list-versions” or “diff”"));
      else
        usage_error (error, _("unknown vision command “%s” (use “list-versions” or “diff”)"),
                     sub);
      return FALSE;
    }
  if (opts->command == COMMAND_RENDER || opts->command == COMMAND_PREVIEW)
    {
      if (opts->n_args == 0)
        usage_error (error, _("%s needs a template (“inspraak-cli templates” lists them)"),
                     opts->command == COMMAND_RENDER ? "render" : "preview");
      else if (opts->command == COMMAND_RENDER && opts->format == NULL)
        usage_error (error, "%s", _("render needs --format FORMAT"));
      else if (opts->command == COMMAND_RENDER && opts->output == NULL)
        usage_error (error, "%s", _("render needs --output FILE"));
      else if (opts->lang != NULL && strcmp (opts->lang, "en") != 0
               && strcmp (opts->lang, "nl") != 0)
        usage_error (error, _("unknown language “%s” (use en or nl)"), opts->lang);
      else
        return TRUE;
      return FALSE;
    }
  if (opts->command == COMMAND_CASEBOOK)
    {
      const char *sub = opts->n_args > 0 ? opts->args[0] : NULL;

      if (g_strcmp0 (sub, "export") == 0 && opts->n_args == 1 && !opts->all_errors)
        return TRUE;
      if (g_strcmp0 (sub, "import") == 0 && opts->n_args == 2 && opts->output == NULL)
        return TRUE;
      if (g_strcmp0 (sub, "export") == 0 && opts->all_errors)
        usage_error (error, _("the option “%s” is for casebook import"), "--all-errors");
      else if (g_strcmp0 (sub, "import") == 0 && opts->output != NULL)
        usage_error (error, _("the option “%s” is for casebook export"), "--output");
      else if (g_strcmp0 (sub, "import") == 0 && opts->n_args < 2)
        usage_error (error, "%s",
                     _("casebook import needs a JSON file, or “-” for standard input"));
      else if ((g_strcmp0 (sub, "import") == 0 || g_strcmp0 (sub, "export") == 0))
        usage_error (error, _("unexpected argument “%s”"), opts->args[opts->n_args - 1]);
      else if (sub == NULL)
        usage_error (error, "%s", _("casebook needs “export” or “import”"));
      else
        usage_error (error, _("unknown casebook command “%s” (use “export” or “import”)"),
                     sub);
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------------------------
 * The commands
 * ------------------------------------------------------------------------------------------ */

static char *
workspace_path (const Options  *opts,
                GError        **error)
{
  g_autofree char *dir = NULL;

  if (opts->workspace != NULL)
    return g_strdup (opts->workspace);

  dir = insp_workspace_get_default_dir (error);
  if (dir == NULL)
    return NULL;
  return g_build_filename (dir, INSP_WORKSPACE_DEFAULT_NAME, NULL);
}

/* Opens the existing workspace the options name (or the default one): @thorough, read
 * through for damage first, as a command that writes to it or checks it needs; otherwise
 * for a command that only reads it. */
static InspWorkspace *
open_workspace (const Options  *opts,
                gboolean        thorough,
                GError        **error)
{
  g_autofree char *path = workspace_path (opts, error);

  if (path == NULL)
    return NULL;
  if (thorough)
    return insp_workspace_open (path, FALSE, error);
  return insp_workspace_open_for_reading (path, error);
}

/* Removes a workspace this run created when the command failed, so that a failure leaves
 * nothing behind. */
static void
remove_new_workspace (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* Reads all of @fd, refusing to hold more than the importer accepts (it then reports the
 * file as too large). */
static GBytes *
read_fd (int          fd,
         const char  *display_name,
         GError     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[64 * 1024];

  while (data->len <= INSP_JSON_MAX_SIZE)
    {
      gssize got = read (fd, buffer, sizeof buffer);

      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved_errno = errno;

          g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND, _("%s: cannot read (%s)"),
                       display_name, g_strerror (saved_errno));
          return NULL;
        }
      if (got == 0)
        break;
      g_byte_array_append (data, buffer, (guint) got);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static GBytes *
read_input (const char  *input,
            const char  *display_name,
            GError     **error)
{
  GBytes *bytes;
  int fd;

  if (strcmp (input, "-") == 0)
    return read_fd (STDIN_FILENO, display_name, error);

  fd = g_open (input, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, INSP_ERROR, INSP_ERROR_NOT_FOUND, _("%s: cannot read (%s)"),
                   display_name, g_strerror (saved_errno));
      return NULL;
    }
  bytes = read_fd (fd, display_name, error);
  close (fd);

  return bytes;
}

static gboolean
run_init (const Options  *opts,
          GError        **error)
{
  g_autofree char *path = workspace_path (opts, error);
  g_autoptr(InspWorkspace) workspace = NULL;
  gboolean existed;

  if (path == NULL)
    return FALSE;

  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  workspace = insp_workspace_open (path, TRUE, error);
  if (workspace == NULL)
    return FALSE;

  if (!insp_workspace_is_empty (workspace))
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_EXISTS,
                   _("%s: the workspace already has content; init needs a new or empty one"),
                   path);
      return FALSE;
    }

  if (opts->example
      && !insp_workspace_init_example (workspace, insp_get_content_language (), error))
    {
      if (!existed)
        {
          g_clear_object (&workspace);
          remove_new_workspace (path);
        }
      return FALSE;
    }

  if (opts->example)
    g_print (existed ? _("%s: the example organisation was added to the empty workspace\n")
                     : _("%s: workspace created with the example organisation\n"), path);
  else
    g_print (existed ? _("%s: the workspace is empty and ready\n")
                     : _("%s: workspace created\n"), path);

  return TRUE;
}

static gboolean
run_import (const Options  *opts,
            GError        **error)
{
  const char *display_name = strcmp (opts->input, "-") == 0 ? "<stdin>" : opts->input;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(InspImport) import = NULL;
  g_autoptr(InspWorkspace) workspace = NULL;
  g_autoptr(InspImportSummary) summary = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  gboolean existed;

  /* The file is read and checked before the workspace is touched. */
  bytes = read_input (opts->input, display_name, error);
  if (bytes == NULL)
    return FALSE;

  import = insp_import_new (bytes, display_name,
                            opts->all_errors ? MAX_REPORTED_ERRORS : 1, error);
  if (import == NULL)
    return FALSE;

  path = workspace_path (opts, error);
  if (path == NULL)
    return FALSE;

  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  workspace = insp_workspace_open (path, TRUE, error);
  if (workspace == NULL)
    return FALSE;

  summary = insp_workspace_plan_import (workspace, import, opts->replace, error);
  if (summary == NULL || !insp_workspace_apply_import (workspace, import, opts->replace, error))
    {
      if (!existed)
        {
          g_clear_object (&workspace);
          remove_new_workspace (path);
        }
      return FALSE;
    }

  text = insp_import_summary_to_string (summary);
  g_print ("%s\n", text);
  return TRUE;
}

typedef gboolean (*StdoutWriter) (InspWorkspace  *workspace,
                                  GOutputStream  *out,
                                  GError        **error);

static gboolean
write_json (InspWorkspace  *workspace,
            GOutputStream  *out,
            GError        **error)
{
  return insp_workspace_export_json (workspace, out, NULL, error);
}

static gboolean
write_casebook (InspWorkspace  *workspace,
                GOutputStream  *out,
                GError        **error)
{
  return insp_workspace_export_casebook (workspace, NULL, out, error);
}

/* Writes to standard output what @writer writes of @workspace. */
static gboolean
write_to_stdout (InspWorkspace  *workspace,
                 StdoutWriter    writer,
                 GError        **error)
{
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  g_autoptr(GError) local_error = NULL;

  if (!writer (workspace, out, &local_error)
      || !g_output_stream_close (out, NULL, &local_error))
    {
      if (local_error->domain == INSP_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, INSP_ERROR, INSP_ERROR_IO, _("%s: cannot write (%s)"),
                     "<stdout>", local_error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_export (const Options  *opts,
            GError        **error)
{
  g_autoptr(InspWorkspace) workspace = open_workspace (opts, FALSE, error);

  if (workspace == NULL)
    return FALSE;

  if (opts->output != NULL)
    return insp_workspace_export_json_to_file (workspace, opts->output, error);

  return write_to_stdout (workspace, write_json, error);
}

static void print_json (JsonNode *root);

static gboolean
run_check (const Options  *opts,
           GError        **error)
{
  g_autoptr(InspWorkspace) workspace = open_workspace (opts, TRUE, error);
  g_autoptr(GPtrArray) flags = NULL;

  if (workspace == NULL || !insp_workspace_check (workspace, error))
    return FALSE;

  flags = insp_workspace_list_flags (workspace, NULL, error);
  if (flags == NULL)
    return FALSE;

  if (opts->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < flags->len; i++)
        {
          InspFlag *flag = g_ptr_array_index (flags, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, flag->id);
          json_builder_set_member_name (builder, "severity");
          json_builder_add_string_value (builder, insp_severity_to_string (flag->severity));
          json_builder_set_member_name (builder, "subject");
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "type");
          json_builder_add_string_value (builder, flag->subject_type);
          json_builder_set_member_name (builder, "uuid");
          json_builder_add_string_value (builder, flag->subject);
          json_builder_end_object (builder);
          json_builder_set_member_name (builder, "message");
          json_builder_add_string_value (builder, flag->message);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      print_json (root);
    }
  else if (flags->len == 0)
    g_print ("%s\n", _("No advice: nothing to flag."));
  else
    for (guint i = 0; i < flags->len; i++)
      {
        InspFlag *flag = g_ptr_array_index (flags, i);

        /* Translators: a flag on one line: severity, rule, what it is about, the advice */
        g_print (_("%s\t%s\t%s %s\t%s\n"), insp_severity_to_string (flag->severity), flag->id,
                 flag->subject_type, flag->subject, flag->message);
      }

  return TRUE;
}

static void
print_json (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* A version named on the command line; an unknown one is bad input (65). */
static InspVersion *
find_version (InspWorkspace  *workspace,
              const char     *name,
              GError        **error)
{
  InspVersion *version = insp_workspace_find_version (workspace, name, error);

  if (version == NULL && g_error_matches (*error, INSP_ERROR, INSP_ERROR_NOT_FOUND))
    (*error)->code = INSP_ERROR_INVALID_DATA;
  return version;
}

static gboolean
run_list_versions (const Options  *opts,
                   InspWorkspace  *workspace,
                   GError        **error)
{
  g_autoptr(GPtrArray) versions = insp_workspace_list_versions (workspace, error);

  if (versions == NULL)
    return FALSE;

  if (opts->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < versions->len; i++)
        {
          InspVersion *version = g_ptr_array_index (versions, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "number");
          json_builder_add_int_value (builder, insp_version_get_number (version));
          json_builder_set_member_name (builder, "label");
          json_builder_add_string_value (builder, insp_version_get_label (version));
          json_builder_set_member_name (builder, "created");
          json_builder_add_string_value (builder, insp_version_get_created (version));
          json_builder_set_member_name (builder, "author_role");
          if (insp_version_get_author_role (version) != NULL)
            json_builder_add_string_value (builder, insp_version_get_author_role (version));
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "reviewed");
          json_builder_add_boolean_value (builder, insp_version_is_reviewed (version));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      print_json (root);
      return TRUE;
    }

  if (versions->len == 0)
    g_print ("%s\n", _("The vision has no versions yet."));
  for (guint i = 0; i < versions->len; i++)
    {
      InspVersion *version = g_ptr_array_index (versions, i);
      g_autofree char *date = g_strndup (insp_version_get_created (version), 10);
      GString *line = g_string_new (NULL);

      g_string_append_printf (line, "%3u  %s  %s", insp_version_get_number (version), date,
                              insp_version_get_label (version));
      if (insp_version_get_author_role (version) != NULL)
        g_string_append_printf (line, " (%s)", insp_version_get_author_role (version));
      if (insp_version_is_reviewed (version))
        g_string_append_printf (line, " — %s", _("reviewed"));
      g_print ("%s\n", line->str);
      g_string_free (line, TRUE);
    }
  return TRUE;
}

static const char *
diff_op_name (InspDiffOp op)
{
  switch (op)
    {
    case INSP_DIFF_INSERT:
      return "insert";
    case INSP_DIFF_DELETE:
      return "delete";
    case INSP_DIFF_EQUAL:
    default:
      return "equal";
    }
}

static void
add_version_member (JsonBuilder *builder,
                    const char  *name,
                    InspVersion *version)
{
  json_builder_set_member_name (builder, name);
  if (version == NULL)
    {
      json_builder_add_string_value (builder, "current");
      return;
    }
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "number");
  json_builder_add_int_value (builder, insp_version_get_number (version));
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, insp_version_get_label (version));
  json_builder_end_object (builder);
}

static void
print_diff_json (InspVersion *from,
                 InspVersion *to,
                 GPtrArray   *diffs)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  add_version_member (builder, "from", from);
  add_version_member (builder, "to", to);
  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < diffs->len; i++)
    {
      const InspSectionDiff *diff = g_ptr_array_index (diffs, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, diff->key != NULL ? "key" : "uuid");
      json_builder_add_string_value (builder, diff->key != NULL ? diff->key : diff->uuid);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder,
                                     diff->new_title != NULL ? diff->new_title : diff->old_title);
      if (diff->renamed)
        {
          json_builder_set_member_name (builder, "old_title");
          json_builder_add_string_value (builder, diff->old_title);
        }
      json_builder_set_member_name (builder, "change");
      json_builder_add_string_value (builder, insp_section_change_to_string (diff->change));
      json_builder_set_member_name (builder, "words_added");
      json_builder_add_int_value (builder, diff->words_added);
      json_builder_set_member_name (builder, "words_removed");
      json_builder_add_int_value (builder, diff->words_removed);
      json_builder_set_member_name (builder, "runs");
      json_builder_begin_array (builder);
      for (guint r = 0; r < diff->runs->len; r++)
        {
          const InspDiffRun *run = g_ptr_array_index (diff->runs, r);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "op");
          json_builder_add_string_value (builder, diff_op_name (run->op));
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, run->text);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  print_json (root);
}

/* As text: each section's title and what happened to it, then its words with deletions in
 * [-…-] and insertions in {+…+}, as wdiff writes them. */
static void
print_diff_text (GPtrArray *diffs)
{
  for (guint i = 0; i < diffs->len; i++)
    {
      const InspSectionDiff *diff = g_ptr_array_index (diffs, i);
      const char *title = diff->new_title != NULL ? diff->new_title : diff->old_title;
      g_autofree char *what = NULL;

      if (diff->renamed)
        /* Translators: a section renamed between two versions: old title → new title */
        g_print ("== %s → %s", diff->old_title, diff->new_title);
      else
        g_print ("== %s", title);

      switch (diff->change)
        {
        case INSP_SECTION_CHANGE_ADDED:
          what = g_strdup (_("added"));
          break;
        case INSP_SECTION_CHANGE_REMOVED:
          what = g_strdup (_("removed"));
          break;
        case INSP_SECTION_CHANGE_RENAMED:
          what = g_strdup (_("renamed"));
          break;
        case INSP_SECTION_CHANGE_MOVED:
          what = g_strdup (_("moved"));
          break;
        case INSP_SECTION_CHANGE_CHANGED:
          what = g_strdup (_("changed"));
          break;
        case INSP_SECTION_CHANGE_UNCHANGED:
        default:
          what = g_strdup (_("unchanged"));
          break;
        }
      if (diff->text_changed)
        /* Translators: how a section changed, and how many words were added and removed */
        g_print (" (%s, +%u −%u)\n", what, diff->words_added, diff->words_removed);
      else
        g_print (" (%s)\n", what);

      if (!diff->text_changed)
        continue;
      for (guint r = 0; r < diff->runs->len; r++)
        {
          const InspDiffRun *run = g_ptr_array_index (diff->runs, r);

          if (run->op == INSP_DIFF_INSERT)
            g_print ("{+%s+}", run->text);
          else if (run->op == INSP_DIFF_DELETE)
            g_print ("[-%s-]", run->text);
          else
            g_print ("%s", run->text);
        }
      g_print ("\n\n");
    }
}

static gboolean
run_vision (const Options  *opts,
            GError        **error)
{
  g_autoptr(InspWorkspace) workspace = open_workspace (opts, FALSE, error);
  g_autoptr(InspVersion) from = NULL;
  g_autoptr(InspVersion) to = NULL;
  g_autoptr(GPtrArray) diffs = NULL;

  if (workspace == NULL)
    return FALSE;

  if (strcmp (opts->args[0], "list-versions") == 0)
    return run_list_versions (opts, workspace, error);

  from = find_version (workspace, opts->args[1], error);
  if (from == NULL)
    return FALSE;
  if (opts->n_args == 3 && (to = find_version (workspace, opts->args[2], error)) == NULL)
    return FALSE;

  diffs = insp_workspace_compare (workspace, from, to, error);
  if (diffs == NULL)
    return FALSE;

  if (opts->json)
    print_diff_json (from, to, diffs);
  else
    print_diff_text (diffs);
  return TRUE;
}

static gboolean
run_casebook (const Options  *opts,
              GError        **error)
{
  g_autoptr(InspWorkspace) workspace = NULL;

  if (strcmp (opts->args[0], "import") == 0)
    {
      const char *input = opts->args[1];
      const char *display_name = strcmp (input, "-") == 0 ? "<stdin>" : input;
      g_autoptr(GBytes) bytes = NULL;
      InspCasebookCounts counts;

      /* The file is read before the workspace is touched; it must exist. */
      bytes = read_input (input, display_name, error);
      if (bytes == NULL)
        return FALSE;
      workspace = open_workspace (opts, TRUE, error);
      if (workspace == NULL
          || !insp_workspace_import_casebook (workspace, bytes, display_name,
                                              opts->all_errors ? MAX_REPORTED_ERRORS : 1,
                                              &counts, error))
        return FALSE;

      /* Translators: what a casebook import did, counted in practices */
      g_print (_("Practices: %u added, %u updated, %u unchanged\n"),
               counts.added, counts.updated, counts.unchanged);
      return TRUE;
    }

  workspace = open_workspace (opts, FALSE, error);
  if (workspace == NULL)
    return FALSE;

  if (opts->output != NULL)
    return insp_workspace_export_casebook_to_file (workspace, NULL, opts->output, error);

  return write_to_stdout (workspace, write_casebook, error);
}

static gboolean
run_templates (const Options  *opts,
               GError        **error)
{
  const InspTemplate *const *templates;
  guint n;

  templates = insp_template_list (&n);
  for (guint i = 0; i < n; i++)
    g_print ("%s\t%s\n", templates[i]->id, insp_template_get_description (templates[i]));
  return TRUE;
}

/* The document of render and preview: the template filled from the workspace. */
static InspDocument *
build_document (const Options       *opts,
                const InspTemplate  *template,
                GError             **error)
{
  g_autoptr(InspWorkspace) workspace = NULL;
  g_autoptr(GError) local_error = NULL;
  InspRenderOptions options = { NULL, };
  InspDocument *doc;

  workspace = open_workspace (opts, FALSE, error);
  if (workspace == NULL)
    return NULL;

  options.application = opts->application;
  options.vision_version = opts->vision_version;
  options.since = opts->since;
  options.language = insp_get_content_language ();
  doc = insp_template_build (template, workspace, &options, &local_error);
  if (doc == NULL)
    {
      if (template->per_application && opts->application == NULL
          && g_error_matches (local_error, INSP_ERROR, INSP_ERROR_USAGE))
        usage_error (error, _("“%s” needs --application UUID. %s"), template->id,
                     local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return doc;
}

static gboolean
run_render (const Options  *opts,
            GError        **error)
{
  g_autoptr(InspDocument) doc = NULL;
  const InspTemplate *template;
  InspDocFormat format;

  template = insp_template_lookup (opts->args[0], error);
  if (template == NULL)
    return FALSE;
  if (!insp_doc_format_from_id (opts->format, &format))
    {
      g_autofree char *formats = insp_doc_formats_dup_list (template->formats);

      usage_error (error, _("unknown format “%s”; the template “%s” has: %s"), opts->format,
                   template->id, formats);
      return FALSE;
    }
  if (!insp_template_supports (template, format, error))
    return FALSE;

  doc = build_document (opts, template, error);
  return doc != NULL && insp_document_export (doc, format, opts->output, error);
}

static gboolean
run_preview (const Options  *opts,
             GError        **error)
{
  g_autoptr(InspDocument) doc = NULL;
  g_autofree char *json = NULL;
  const InspTemplate *template;

  template = insp_template_lookup (opts->args[0], error);
  if (template == NULL)
    return FALSE;
  doc = build_document (opts, template, error);
  if (doc == NULL)
    return FALSE;
  json = insp_document_to_json (doc);
  g_print ("%s\n", json);
  return TRUE;
}

/* The language of an export is the process's: gettext has one per process, so --lang is
 * read before anything is translated, and LANGUAGE is set for the whole run. */
static void
apply_export_language (int    argc,
                       char **argv)
{
  const char *lang = NULL;
  const char *messages;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--") == 0)
        break;
      if (strcmp (argv[i], "--lang") == 0 && i + 1 < argc)
        lang = argv[i + 1];
      else if (g_str_has_prefix (argv[i], "--lang="))
        lang = argv[i] + strlen ("--lang=");
    }
  if (g_strcmp0 (lang, "en") != 0 && g_strcmp0 (lang, "nl") != 0)
    return;

  g_setenv ("LANGUAGE", lang, TRUE);
  /* gettext ignores LANGUAGE in the C locale: use its UTF-8 variant instead. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0)
    setlocale (LC_ALL, "C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  Options opts = { NULL, };
  gboolean ok;

  setlocale (LC_ALL, "");
  apply_export_language (argc, argv);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("INSPRAAK_LOCALEDIR") ?: LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname (PROGRAM_NAME);

  ok = parse_arguments (argc, argv, &opts, &error);
  if (ok && opts.help)
    {
      const CommandInfo *command = lookup_command (opts.command);
      g_autofree char *help = command != NULL ? command_help (command) : general_help ();

      g_print ("%s", help);
      return EX_OK;
    }
  if (ok && opts.version)
    {
      g_print ("%s %s\n", PROGRAM_NAME, PACKAGE_VERSION);
      return EX_OK;
    }

  if (ok)
    {
      switch (opts.command)
        {
        case COMMAND_INIT:
          ok = run_init (&opts, &error);
          break;
        case COMMAND_IMPORT:
          ok = run_import (&opts, &error);
          break;
        case COMMAND_EXPORT:
          ok = run_export (&opts, &error);
          break;
        case COMMAND_CHECK:
          ok = run_check (&opts, &error);
          break;
        case COMMAND_VISION:
          ok = run_vision (&opts, &error);
          break;
        case COMMAND_CASEBOOK:
          ok = run_casebook (&opts, &error);
          break;
        case COMMAND_RENDER:
          ok = run_render (&opts, &error);
          break;
        case COMMAND_TEMPLATES:
          ok = run_templates (&opts, &error);
          break;
        case COMMAND_PREVIEW:
          ok = run_preview (&opts, &error);
          break;
        case COMMAND_NONE:
        default:
          g_assert_not_reached ();
        }
    }

  if (ok)
    return EX_OK;

  g_printerr ("%s\n", error->message);
  if (g_error_matches (error, INSP_ERROR, INSP_ERROR_USAGE))
    g_printerr (_("Try “%s --help”.\n"), PROGRAM_NAME);

  return exit_status_for_error (error);
}
