#ifndef CHAINAUDIT_CGRAPHVIZ_SHIM_H
#define CHAINAUDIT_CGRAPHVIZ_SHIM_H

/*
 * The C interface of Graphviz that ChainAuditGraphviz uses, with version
 * differences hidden behind static inline helpers so that one Swift source
 * builds against the Debian package (2.42/2.43) and against current releases.
 */

#include <stddef.h>
#include <stdlib.h>
/* pkg-config's cflags point inside the graphviz folder; without them, use the system path. */
#if __has_include(<gvc.h>)
#include <graphviz_version.h>
#include <cgraph.h>
#include <gvc.h>
#else
#include <graphviz/graphviz_version.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#endif

/*
 * Graphviz 13 changed gvRenderData's length argument from `unsigned int *`
 * to `size_t *`. Releases from 2.46 on define GRAPHVIZ_VERSION_MAJOR; older
 * ones (such as Debian's 2.42) do not, and use `unsigned int`.
 */
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
typedef size_t chainaudit_gv_render_length;
#else
typedef unsigned int chainaudit_gv_render_length;
#endif

/// gvRenderData with a `size_t` length whatever the Graphviz version.
static inline int chainaudit_gvRenderData(GVC_t *gvc, graph_t *graph, const char *format,
                                          char **result, size_t *length) {
    chainaudit_gv_render_length rendered = 0;
    int status = gvRenderData(gvc, graph, format, result, &rendered);
    *length = (size_t)rendered;
    return status;
}

/// Parses DOT text held in memory; NULL on a syntax error (message via aglasterr).
static inline graph_t *chainaudit_agmemread(const char *text) {
    return agmemread(text);
}

/// Keeps every error and warning for aglasterr instead of printing it to stderr.
static inline void chainaudit_keep_errors(void) {
    agseterr(AGMAX);
}

/// Errors at or above AGERR since the last reset (warnings are not counted).
static inline int chainaudit_error_count(void) {
    return agerrors();
}

/*
 * Cairo bitmaps are at most 32767 pixels a side; a larger drawing is scaled
 * with a message printed straight to stderr. Unless the graph sets its own
 * size, fit bitmaps within 340 inches (32640 pixels at 96 dpi) beforehand.
 */
static inline void chainaudit_fit_bitmap(graph_t *graph) {
    char *size = agget(graph, (char *)"size");
    if (size == NULL || size[0] == '\0') {
        agsafeset(graph, (char *)"size", (char *)"340,340", (char *)"");
    }
}

#endif
