/**
 * Issue 17, the commissioner's own side: the phone app's shell data, leave (MW-11), the half-year work report
 * (MW-13) and integrity — the pledge and the supervision card (MW-14). Checks, checklists and hazards are
 * other packages; the app calls their JSON API ({@code /api/v1/mines/work}).
 */
package cn.anjian.mines.app;
