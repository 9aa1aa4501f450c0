/**
 * Mines and mine safety commissioners (矿山安全监管专员, issue 16, seed 004 ch. 1–2 and art. 13): the mine registry
 * (a mine is an enterprise with mine data, MC-01), the commissioners of each level's mine safety department
 * (MC-04, MC-05), and the yearly assignment and rotation planner (MC-02, MC-03, MC-07..MC-09) with its independent
 * checker. Staffing ratios and the planner's time limit are settings ({@code mines.*}).
 *
 * <p>The root holds what later issues (weekly work on a phone, assessment) reference: the mine and commissioner
 * kinds and {@link cn.anjian.mines.MineDirectory}. Tables: {@code mine_*} (V21_0..V21_29).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mines and commissioners",
        allowedDependencies = {"kernel", "org", "identity", "enterprises", "personnel", "workflow", "settings", "audit",
                "calendar", "files", "documents"})
package cn.anjian.mines;
