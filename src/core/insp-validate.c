/* insp-validate.c — the checks every entity's data passes before it is written
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "insp-validate-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "insp-application.h"
#include "insp-error.h"

/**
 * insp_check_enum:
 * @e: an enumeration
 * @value: (nullable): the value to check
 * @optional: whether %NULL is allowed
 * @what: what the value is, for the message ("risk level")
 * @error: the value and the values allowed, when it is none of them
 *
 * Returns: whether @value is one of @e's identifiers
 */
gboolean
insp_check_enum (const InspEnum  *e,
                 const char      *value,
                 gboolean         optional,
                 const char      *what,
                 GError         **error)
{
  g_autofree char *ids = NULL;

  if ((value == NULL && optional) || insp_enum_contains (e, value))
    return TRUE;

  ids = insp_enum_dup_ids (e);
  g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
               /* Translators: e.g. "“later” is not a status: use idea, preparation, …" */
               _("“%s” is not a valid %s: use %s"), value != NULL ? value : "", what, ids);
  return FALSE;
}

/**
 * insp_check_date:
 * @date: (nullable): a date, YYYY-MM-DD
 * @what: whose date it is, for the message
 * @error: how to write a date, when @date is not one
 *
 * Returns: whether @date is %NULL or a real date from 1900 on
 */
gboolean
insp_check_date (const char  *date,
                 const char  *what,
                 GError     **error)
{
  GDate parsed;

  if (date == NULL)
    return TRUE;

  g_date_clear (&parsed, 1);
  if (strlen (date) == 10 && date[4] == '-' && date[7] == '-')
    g_date_set_parse (&parsed, date);
  if (!g_date_valid (&parsed) || g_date_get_year (&parsed) < 1900)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("%s: “%s” is not a date; write it as YYYY-MM-DD, such as 2026-05-12"),
                   what, date);
      return FALSE;
    }
  return TRUE;
}

/**
 * insp_check_name:
 * @name: (nullable): a name or title
 * @what: what it names, for the message ("An AI application")
 * @error: why it is not a name
 *
 * Returns: whether @name is not blank and at most INSP_INSP_MAX_NAME_LENGTH characters
 */
gboolean
insp_check_name (const char  *name,
                 const char  *what,
                 GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (stripped[0] == '\0')
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA, _("%s needs a name"), what);
      return FALSE;
    }
  if (!g_utf8_validate (stripped, -1, NULL) || g_utf8_strlen (stripped, -1) > INSP_MAX_NAME_LENGTH)
    {
      g_set_error (error, INSP_ERROR, INSP_ERROR_INVALID_DATA,
                   _("%s: the name can be at most %d characters long"), what,
                   INSP_MAX_NAME_LENGTH);
      return FALSE;
    }
  return TRUE;
}

/**
 * insp_check_application:
 * @workspace: a workspace
 * @uuid: an application's uuid
 * @error: that there is no such application
 *
 * Returns: whether the application exists
 */
gboolean
insp_check_application (InspWorkspace  *workspace,
                        const char     *uuid,
                        GError        **error)
{
  g_autoptr(InspApplication) found = NULL;

  g_return_val_if_fail (uuid != NULL, FALSE);

  found = insp_workspace_get_application (workspace, uuid, error);
  return found != NULL;
}

/**
 * insp_or_null:
 * @text: (nullable): a text
 *
 * Returns: (nullable): @text, or %NULL when it is empty: what is stored for an empty field
 */
const char *
insp_or_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

/**
 * insp_is_blank:
 * @text: (nullable): a text
 *
 * Returns: whether @text is %NULL, empty or only white space
 */
gboolean
insp_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}
