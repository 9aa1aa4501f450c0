/**
 * Hazards to closure, major-matter escalation, incident tips and stop-work orders (issue 17; MW-06, MW-08, MW-12):
 * {@link cn.anjian.mines.hazards.Hazards}, {@link cn.anjian.mines.hazards.IncidentTips},
 * {@link cn.anjian.mines.hazards.StopWorkOrders} and their queries. Published as a named interface so that the
 * assessment may read {@code Hazards.majorFindingsOf}. Tables: {@code mine_hazard}, {@code mine_work_event},
 * {@code mine_escalation}, {@code mine_incident_tip}, {@code mine_stop_order} (V21_40..V21_49).
 */
@org.springframework.modulith.NamedInterface("hazards")
package cn.anjian.mines.hazards;
