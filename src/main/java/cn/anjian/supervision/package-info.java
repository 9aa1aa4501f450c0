/**
 * Enforcement supervision and error correction (执法纠错, issue 19, COR-01..04, 《安全生产执法纠错制度》): supervision
 * checks over the six areas of art. 4 with the methods of art. 6 and findings per area; correction orders of the kinds
 * of art. 5 with a calendar deadline, tracked to closure (a penalty corrected for wrong basis or procedure names its
 * case through enforcement's API); officers' violations of the seven kinds of art. 7 and their handling; fault
 * tolerance and due-diligence exemption (art. 2–3, 003 §12) decided on the workflow (four eyes).
 *
 * <p>A downstream module: it reads org, personnel and enforcement through their APIs; nothing depends on it. Tables
 * {@code sup_*} (V22_0..V22_19), scoped by the checked agency's jurisdiction path.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement supervision and error correction",
        allowedDependencies = {"kernel", "org", "personnel", "enforcement", "calendar", "workflow", "settings"})
package cn.anjian.supervision;
