#ifndef DOSSIER_CNCURSESW_SHIM_H
#define DOSSIER_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#if __has_include(<ncursesw/ncurses.h>)
#include <ncursesw/ncurses.h>
#else
#include <ncurses.h>
#endif
#include <term.h>
extern int wcwidth(wchar_t);

/* Macros and globals Swift cannot import, or Swift 6 refuses as unsafe mutable globals. */
static inline attr_t dossier_a_bold(void) { return A_BOLD; }
static inline attr_t dossier_a_reverse(void) { return A_REVERSE; }
static inline attr_t dossier_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dossier_a_dim(void) { return A_DIM; }
static inline attr_t dossier_a_italic(void) { return A_ITALIC; }
static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline WINDOW *dossier_curscr(void) { return curscr; }
static inline int dossier_lines(void) { return LINES; }
static inline int dossier_cols(void) { return COLS; }
static inline int dossier_colors(void) { return COLORS; }
static inline int dossier_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *dossier_stdin(void) { return stdin; }
static inline FILE *dossier_stdout(void) { return stdout; }
#endif
