package cn.anjian.documents;

import java.util.List;

/**
 * A document laid out as its template (issue 12 defect 4): title, number, the labelled lines in the template's
 * order, the items table, the fixed clauses with the remedy bodies filled in; for the preview and print view
 * before a number is taken.
 */
public record DocumentPreview(String title, String agencyName, String docNumber, String date, List<Line> lines,
                              List<String> itemHeaders, List<List<String>> items, List<String> clauses) {

    public record Line(String label, String value) {
    }
}
