/* insp-section-prompt.h — what each built-in vision section should settle
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The guiding prompt of a built-in vision section, written from the paper. The strings
 * are untranslated (N_()); callers translate them with _(). */
typedef struct
{
  const char *key;
  const char *summary;
  const char *questions[4];   /* NULL-terminated, two or three questions */
} InspSectionPrompt;

const InspSectionPrompt *insp_section_prompt_get (const char *key);

G_END_DECLS
