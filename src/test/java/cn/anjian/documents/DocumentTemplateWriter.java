package cn.anjian.documents;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the .docx templates under src/main/resources/documents/templates from {@link TemplateSpec}.
 * Run once after changing a spec, then commit the files:
 * {@code ./mvnw -q -B test -Dtest=DocumentTemplateWriter -Ddocuments.writeTemplates=true}.
 * Each placeholder is its own run, so poi-tl always finds it whole.
 */
class DocumentTemplateWriter {

    private static final String FONT = "仿宋";

    @Test
    @EnabledIfSystemProperty(named = "documents.writeTemplates", matches = "true")
    void writeTemplates() throws Exception {
        Path dir = Path.of("src/main/resources/documents/templates");
        Files.createDirectories(dir);
        for (TemplateSpec spec : TemplateSpec.ALL.values()) {
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve(spec.type() + ".docx"))) {
                para(doc, ParagraphAlignment.CENTER, 18, true, "{{agencyName}}");
                para(doc, ParagraphAlignment.CENTER, 22, true, spec.title());
                para(doc, ParagraphAlignment.RIGHT, 12, false, "{{docNumber}}");
                for (TemplateSpec.Field f : spec.fields()) {
                    if (f.inline()) {
                        continue; // a placeholder inside a clause below
                    }
                    XWPFParagraph p = doc.createParagraph();
                    run(p, 14, true, f.label() + "：");
                    run(p, 14, false, "{{" + f.key() + "}}");
                }
                if (spec.hasItems()) {
                    para(doc, ParagraphAlignment.LEFT, 14, true, "明细：");
                    para(doc, ParagraphAlignment.LEFT, 12, false, "{{#items}}");
                }
                for (String text : spec.fixedText()) {
                    para(doc, ParagraphAlignment.LEFT, 14, false, text);
                }
                // the seal area of the 执法文书式样: the agency's name with room for the seal, the date beneath
                para(doc, ParagraphAlignment.RIGHT, 14, false, "");
                para(doc, ParagraphAlignment.RIGHT, 14, false, "{{agencyName}}（印章）");
                para(doc, ParagraphAlignment.RIGHT, 14, false, "{{date}}");
                para(doc, ParagraphAlignment.LEFT, 9, false, "（文书式样版本：{{templateVersion}}）");
                a4(doc);
                doc.write(out);
            }
        }
    }

    /** A4 portrait (210 × 297 mm) with the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm). */
    static void a4(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(2098));
        mar.setBottom(BigInteger.valueOf(1984));
        mar.setLeft(BigInteger.valueOf(1588));
        mar.setRight(BigInteger.valueOf(1474));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(992));
        mar.setGutter(BigInteger.ZERO);
    }

    private static void para(XWPFDocument doc, ParagraphAlignment align, int size, boolean bold, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, size, bold, text);
    }

    private static void run(XWPFParagraph p, int size, boolean bold, String text) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text);
    }
}
