/**
 * CASE-17: the enforcement-item catalogue (执法事项 / 权责清单) and discretion benchmarks (裁量基准).
 *
 * <ul>
 *   <li>{@code enf_item} (code, name, kind 行政处罚/检查/强制/许可, law, article and its text, implementing level) with its
 *       benchmarks {@code enf_item_benchmark} (violation, circumstance 轻微/一般/较重/严重, fine range, description), one
 *       aggregate ({@code EnforcementItem}); Shanxi-wide, read with {@code item:read}, maintained with {@code item:manage}
 *       by a province-level system administrator only (IAM-05: configuration); every change audited. Reference data:
 *       eleven items of 《安全生产法》 (V17_41) with reference benchmarks splitting each statutory range.</li>
 *   <li>{@code enf_case_item}: the item a case rests on and the benchmark chosen (copied, so later catalogue changes do not
 *       rewrite the case), chosen up to the decision; {@code CaseItemBasis} gives the cases module the basis its
 *       documents carry when the officer typed none.</li>
 *   <li>{@code CaseItems} is a {@code DecisionIssuanceGuard} (order 10, before legal review): a penalty fine outside the
 *       chosen circumstance's range is refused ({@code CASE-17-REASON}) unless the decision (its form's reason) or the choice
 *       records a reason; a fine under an
 *       item with benchmarks needs a circumstance ({@code CASE-17-CIRCUMSTANCE}). The fine decided and whether it lay
 *       outside are recorded on the choice when {@code DecisionIssued} is published (same transaction, audited).</li>
 *   <li>Pages {@code /enforcement-items} (list with filters, sort, pages, Excel; detail; new/edit), the case panel
 *       {@code /cases/{id}/enforcement-item/panel} and choice page; API {@code /api/v1/enforcement-items} (read for
 *       PUB-01's portal later; POST/PUT for the administrator) and {@code /api/v1/cases/{id}/enforcement-item}.</li>
 * </ul>
 */
package cn.anjian.enforcement.items;
