/* insp-document-private.h — the model's builders without their conveniences
 *
 * Copyright 2026 The Inspraak developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For reading a document back (insp-document-json.c): a block of any type, a run of any kind.
 */

#pragma once

#include "insp-document.h"

G_BEGIN_DECLS

InspDocBlock *_insp_doc_append        (InspDocBlock     *parent,
                                       InspDocBlockType  type);
void          _insp_doc_block_add_run (InspDocBlock     *block,
                                       InspDocRunType    type,
                                       InspDocStyle      style,
                                       const char       *text,
                                       const char       *link);

G_END_DECLS
