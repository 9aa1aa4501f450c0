package cn.anjian.search;

/**
 * One result: what the user recognises ({@code title}, e.g. the case number), a line of context
 * ({@code detail}: party, stage, agency — labels and display names only, never codes, login names or
 * ID-card numbers) and the link to the subject's page.
 */
public record SearchHit(String title, String detail, String url) {
}
