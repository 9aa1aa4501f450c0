package cn.anjian.legalreview.review;

/**
 * A material to submit (LR-05): its kind ({@link ReviewEnums.MaterialKind} name) and either a file already in the file
 * store ({@code fileId}) or a document generated for the case ({@code documentId}, the case document's id).
 */
public record NewMaterial(String kind, Long fileId, Long documentId, String title) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public NewMaterial {
    }

    /** An uploaded file. */
    public NewMaterial(String kind, long fileId, String title) {
        this(kind, fileId, null, title);
    }

    /** A document generated for the case. */
    public static NewMaterial document(String kind, long documentId, String title) {
        return new NewMaterial(kind, null, documentId, title);
    }
}
