/* insp-preferences-window.c — the preferences
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inspraak-app"

#include "config.h"

#include "insp-preferences-window.h"

struct _InspPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *language_row;
  AdwComboRow          *format_row;
};

G_DEFINE_FINAL_TYPE (InspPreferencesWindow, insp_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

/* The settings' values, in the order of the rows' items in the .ui file. */
static const char * const export_languages[] = { "auto", "en", "nl", NULL };
static const char * const export_formats[] = { "pdf", "odt", "docx", "html", "md", NULL };

static gboolean
get_position_from_id (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char * const *ids = user_data;
  const char *id = g_variant_get_string (variant, NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (g_str_equal (ids[i], id))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
get_id_from_position (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  const char * const *ids = user_data;
  guint position = g_value_get_uint (value);

  /* Also rejects GTK_INVALID_LIST_POSITION, which the row passes through while its model
   * is being set: the setting then stays as it is. */
  if (position >= g_strv_length ((char **) ids))
    return NULL;

  return g_variant_new_string (ids[position]);
}

static void
insp_preferences_window_bind_choice (InspPreferencesWindow *self,
                                     const char            *key,
                                     AdwComboRow           *row,
                                     const char * const    *ids)
{
  g_assert (g_list_model_get_n_items (adw_combo_row_get_model (row))
            == g_strv_length ((char **) ids));

  g_settings_bind_with_mapping (self->settings, key, row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                get_position_from_id, get_id_from_position,
                                (gpointer) ids, NULL);
}

static void
insp_preferences_window_dispose (GObject *object)
{
  InspPreferencesWindow *self = INSP_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), INSP_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (insp_preferences_window_parent_class)->dispose (object);
}

static void
insp_preferences_window_class_init (InspPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = insp_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/insp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, InspPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, InspPreferencesWindow, format_row);
}

static void
insp_preferences_window_init (InspPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  insp_preferences_window_bind_choice (self, "export-language", self->language_row,
                                       export_languages);
  insp_preferences_window_bind_choice (self, "export-format", self->format_row,
                                       export_formats);
}

/**
 * insp_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): a new preferences window, modal to @parent
 */
InspPreferencesWindow *
insp_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (INSP_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       NULL);
}
