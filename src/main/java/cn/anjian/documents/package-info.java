/** The one document numbering service (文号) and .docx generation from templates (CASE-05, LR-10). */
@org.springframework.modulith.ApplicationModule(displayName = "Documents and numbering",
        allowedDependencies = {"kernel", "search", "files", "org"})
package cn.anjian.documents;
