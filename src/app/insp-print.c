/* insp-print.c — printing a document exactly as its PDF is laid out
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document is paginated once by the core's InspDocLayout, the same layout the PDF writer
 * draws: GtkPrintOperation only hands each page's cairo context to it, scaled to the paper
 * when the printer's paper is not A4.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "insp-doc-layout.h"
#include "insp-print.h"

typedef struct
{
  InspDocument  *doc;
  InspDocLayout *layout;
  InspPrintDone  done;
  gpointer       user_data;
  gboolean       in_progress;   /* the operation runs on after gtk_print_operation_run () */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_pointer (&job->layout, insp_doc_layout_free);
  g_clear_pointer (&job->doc, insp_document_free);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  if (job->layout == NULL)
    job->layout = insp_doc_layout_new (job->doc);
  gtk_print_operation_set_n_pages (operation, (int) insp_doc_layout_get_n_pages (job->layout));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double page_width, page_height, scale;

  insp_doc_layout_get_page_size (job->layout, &page_width, &page_height);
  /* The context is in points (the operation's unit); fit A4 on other paper, centred. */
  scale = MIN (gtk_print_context_get_width (context) / page_width,
               gtk_print_context_get_height (context) / page_height);
  cairo_save (cr);
  cairo_translate (cr, (gtk_print_context_get_width (context) - page_width * scale) / 2,
                   (gtk_print_context_get_height (context) - page_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  insp_doc_layout_render_page (job->layout, cr, (guint) page);
  cairo_restore (cr);
}

static void
on_done (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  if (job->done != NULL)
    job->done (result, error, job->user_data);
  job->done = NULL;
  /* The reference gtk_print_operation_run () left running. */
  if (job->in_progress)
    g_object_unref (operation);
}

void
insp_print_document (GtkWindow     *parent,
                     InspDocument  *doc,
                     const char    *export_pdf,
                     InspPrintDone  done,
                     gpointer       user_data)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  PrintJob *job = g_new0 (PrintJob, 1);
  GtkPrintOperationResult result;

  job->doc = doc;
  job->done = done;
  job->user_data = user_data;
  g_object_set_data_full (G_OBJECT (operation), "insp-print-job", job, print_job_free);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, export_pdf == NULL);
  if (insp_document_get_meta (doc)->title != NULL)
    gtk_print_operation_set_job_name (operation, insp_document_get_meta (doc)->title);

  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect (operation, "done", G_CALLBACK (on_done), job);

  if (export_pdf != NULL)
    gtk_print_operation_set_export_filename (operation, export_pdf);
  result = gtk_print_operation_run (operation,
                                    export_pdf != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                       : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    {
      job->in_progress = TRUE;   /* "done" will come, and release the operation */
      return;
    }

  /* A synchronous run does not always emit "done": report its result here. */
  if (job->done != NULL)
    {
      job->done (result, error, job->user_data);
      job->done = NULL;
    }
  g_object_unref (operation);
}
