/* insp-doc-preview.c — the first pages of a document, as its PDF lays them out
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Laying out a long document takes a while (0.3 s for 20,000 words), so it happens in a
 * worker thread: the thread owns the document, paginates it with the core's InspDocLayout and
 * draws the first pages into images; the widget only shows the textures. A newer document
 * cancels the work for an older one.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "insp-doc-layout.h"
#include "insp-doc-preview.h"

/* How many pages are shown, and how wide each is, in application pixels. */
#define PREVIEW_PAGES 3
#define PREVIEW_WIDTH 240

struct _InspDocPreview
{
  AdwBin        parent_instance;

  GtkStack     *stack;
  GtkBox       *pages;
  GtkLabel     *count_label;
  GCancellable *cancellable;
  char         *title;
  guint         n_pages;
  guint         n_shown;
};

G_DEFINE_FINAL_TYPE (InspDocPreview, insp_doc_preview, ADW_TYPE_BIN)

enum
{
  SIGNAL_READY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  InspDocument *doc;
  int           scale;      /* the widget's scale factor */
  guint         n_pages;    /* out */
  GPtrArray    *textures;   /* out: GdkTexture */
} RenderData;

static void
render_data_free (gpointer data)
{
  RenderData *render = data;

  g_clear_pointer (&render->doc, insp_document_free);
  g_clear_pointer (&render->textures, g_ptr_array_unref);
  g_free (render);
}

static GdkTexture *
render_page (InspDocLayout *layout,
             guint          page,
             int            scale)
{
  double width, height, zoom;
  int pixel_width, pixel_height, stride;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  insp_doc_layout_get_page_size (layout, &width, &height);
  zoom = (double) (PREVIEW_WIDTH * scale) / width;
  pixel_width = PREVIEW_WIDTH * scale;
  pixel_height = (int) (height * zoom + 0.5);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, zoom, zoom);
  insp_doc_layout_render_page (layout, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * pixel_height);
  cairo_surface_destroy (surface);
  texture = gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT, bytes,
                                    (gsize) stride);
  return texture;
}

static void
render_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  RenderData *render = task_data;
  g_autoptr(InspDocLayout) layout = insp_doc_layout_new (render->doc);

  render->n_pages = insp_doc_layout_get_n_pages (layout);
  render->textures = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < MIN (render->n_pages, PREVIEW_PAGES); i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      g_ptr_array_add (render->textures, render_page (layout, i, render->scale));
    }
  g_task_return_boolean (task, !g_task_return_error_if_cancelled (task));
}

static void
show_pages (InspDocPreview *self,
            RenderData     *render)
{
  GtkWidget *child;
  g_autofree char *count = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pages))) != NULL)
    gtk_box_remove (self->pages, child);

  for (guint i = 0; i < render->textures->len; i++)
    {
      GtkWidget *picture = gtk_picture_new_for_paintable (g_ptr_array_index (render->textures,
                                                                             i));
      /* Translators: the text alternative of a page in the preview of an export */
      g_autofree char *alternative = g_strdup_printf (_("Page %u of %u of “%s”"), i + 1,
                                                      render->n_pages, self->title);

      GdkTexture *texture = g_ptr_array_index (render->textures, i);
      int height = PREVIEW_WIDTH * gdk_texture_get_height (texture)
                   / MAX (gdk_texture_get_width (texture), 1);

      gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
      gtk_picture_set_alternative_text (GTK_PICTURE (picture), alternative);
      gtk_widget_set_size_request (picture, PREVIEW_WIDTH, height);
      gtk_widget_add_css_class (picture, "card");
      gtk_widget_set_valign (picture, GTK_ALIGN_START);
      gtk_box_append (self->pages, picture);
    }

  self->n_pages = render->n_pages;
  self->n_shown = render->textures->len;
  if (self->n_shown < self->n_pages)
    /* Translators: under the preview: the first pages shown of all the pages */
    count = g_strdup_printf (g_dngettext (NULL, "The first %u of %u page",
                                          "The first %u of %u pages", self->n_pages),
                             self->n_shown, self->n_pages);
  else
    count = g_strdup_printf (g_dngettext (NULL, "%u page", "%u pages", self->n_pages),
                             self->n_pages);
  gtk_label_set_label (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, "pages");
}

static void
on_rendered (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  InspDocPreview *self = INSP_DOC_PREVIEW (source);
  RenderData *render = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    return;   /* cancelled: a newer document is on its way */

  g_clear_object (&self->cancellable);
  show_pages (self, render);
  g_signal_emit (self, signals[SIGNAL_READY], 0);
}

/**
 * insp_doc_preview_set_document:
 * @self: a preview
 * @doc: (transfer full) (nullable): the document to show, or %NULL for none
 *
 * Lays @doc out in the background and shows its first pages; emits "ready" when they show.
 */
void
insp_doc_preview_set_document (InspDocPreview *self,
                               InspDocument   *doc)
{
  g_autoptr(GTask) task = NULL;
  RenderData *render;

  g_return_if_fail (INSP_IS_DOC_PREVIEW (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (doc == NULL)
    {
      self->n_pages = self->n_shown = 0;
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  g_free (self->title);
  self->title = g_strdup (insp_document_get_meta (doc)->title != NULL
                          ? insp_document_get_meta (doc)->title : "");
  self->cancellable = g_cancellable_new ();
  render = g_new0 (RenderData, 1);
  render->doc = doc;
  render->scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  gtk_stack_set_visible_child_name (self->stack, "busy");
  task = g_task_new (self, self->cancellable, on_rendered, NULL);
  g_task_set_source_tag (task, insp_doc_preview_set_document);
  g_task_set_task_data (task, render, render_data_free);
  g_task_run_in_thread (task, render_in_thread);
}

guint
insp_doc_preview_get_n_pages (InspDocPreview *self)
{
  g_return_val_if_fail (INSP_IS_DOC_PREVIEW (self), 0);
  return self->n_pages;
}

guint
insp_doc_preview_get_n_shown (InspDocPreview *self)
{
  g_return_val_if_fail (INSP_IS_DOC_PREVIEW (self), 0);
  return self->n_shown;
}

gboolean
insp_doc_preview_is_busy (InspDocPreview *self)
{
  g_return_val_if_fail (INSP_IS_DOC_PREVIEW (self), FALSE);
  return self->cancellable != NULL;
}

static void
insp_doc_preview_dispose (GObject *object)
{
  InspDocPreview *self = INSP_DOC_PREVIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (insp_doc_preview_parent_class)->dispose (object);
}

static void
insp_doc_preview_finalize (GObject *object)
{
  InspDocPreview *self = INSP_DOC_PREVIEW (object);

  g_free (self->title);

  G_OBJECT_CLASS (insp_doc_preview_parent_class)->finalize (object);
}

static void
insp_doc_preview_class_init (InspDocPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = insp_doc_preview_dispose;
  object_class->finalize = insp_doc_preview_finalize;

  /**
   * InspDocPreview::ready:
   *
   * The pages of the last document set are shown.
   */
  signals[SIGNAL_READY] = g_signal_new ("ready", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 0);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "docpreview");
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
insp_doc_preview_init (InspDocPreview *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);

  gtk_stack_add_named (self->stack, adw_bin_new (), "empty");

  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Laying out the pages…"), -1);
  gtk_stack_add_named (self->stack, spinner, "busy");

  self->pages = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18));
  gtk_widget_set_halign (GTK_WIDGET (self->pages), GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (GTK_WIDGET (self->pages), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->pages), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->pages), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->pages), 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->pages));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->count_label));
  gtk_stack_add_named (self->stack, box, "pages");

  gtk_stack_set_visible_child_name (self->stack, "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Preview of the first pages"), -1);
}

GtkWidget *
insp_doc_preview_new (void)
{
  return g_object_new (INSP_TYPE_DOC_PREVIEW, NULL);
}
