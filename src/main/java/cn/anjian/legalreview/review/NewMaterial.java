package cn.anjian.legalreview.review;

/** A material to submit (LR-05): its kind ({@link ReviewEnums.MaterialKind} name) and a file already in the file store. */
public record NewMaterial(String kind, long fileId, String title) {
}
