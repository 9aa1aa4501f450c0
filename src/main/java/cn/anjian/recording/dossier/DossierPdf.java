package cn.anjian.recording.dossier;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.Fmt;
import cn.anjian.recording.dossier.DossierView.AvEntry;
import cn.anjian.recording.dossier.DossierView.Entry;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * CASE-16: the dossier as one PDF (OpenPDF): the cover (卷宗封面), the catalogue (卷内目录) with each document's page
 * numbers, every text record in the statutory order with its text (generated .docx rendered as text; scanned PDFs
 * and images printed page by page; other files named with their fingerprint), the AV list and the closing note (卷内备考表). Rendered twice: the first pass finds
 * the page each document starts on, the second prints those numbers in the catalogue (its length does not change).
 *
 * <p>The CJK font is bundled: Noto Sans SC Regular (SIL Open Font License 1.1, from the npm package
 * {@code @expo-google-fonts/noto-sans-sc} 0.4.3; 10.6 MB TTF; only the glyphs used are embedded, subset, Identity-H).
 * Its location is configurable ({@code anjian.dossier.font}, any Spring resource), e.g. a system font file.
 */
@Component
class DossierPdf {

    static final int MAX_SCAN_PAGES = 50;

    private final Resource fontResource;
    private volatile byte[] fontBytes;

    DossierPdf(@Value("${anjian.dossier.font:classpath:fonts/NotoSansSC-Regular.ttf}") Resource fontResource) {
        this.fontResource = fontResource;
    }

    /**
     * One catalogue entry's content as read by the caller: its text line by line, and for a scanned PDF or an image the
     * bytes themselves, whose pages are printed after the text (the text then names the file and its fingerprint).
     */
    record Body(Entry entry, List<String> lines, byte[] scan, boolean scanIsPdf) {

        Body(Entry entry, List<String> lines) {
            this(entry, lines, null, false);
        }
    }

    void write(DossierView view, List<Body> bodies, OutputStream out) {
        List<Integer> starts = render(view, bodies, null, new ByteArrayOutputStream());
        render(view, bodies, starts, out);
    }

    /** Renders; returns the page each body starts on, then the AV list's and, last, the total page count. */
    private List<Integer> render(DossierView view, List<Body> bodies, List<Integer> pages, OutputStream out) {
        Fonts f = fonts();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 60);
        List<Integer> starts = new ArrayList<>();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PageNumbers(f.small));
        doc.addTitle("卷宗 " + text(view.cover().caseNumber()));
        doc.addCreator("安监执法综合管理平台");
        doc.open();
        cover(doc, view, f);
        doc.newPage();
        catalogue(doc, view, pages, f);
        for (Body b : bodies) {
            doc.newPage();
            starts.add(writer.getPageNumber());
            Entry e = b.entry();
            doc.add(para(e.seq() + "．" + e.title(), f.heading, 6));
            doc.add(para("环节：" + e.section().label() + "    文号：" + text(e.documentNumber()) + "    日期：" + Fmt.date(e.date())
                    + (e.filedLate() ? "    （补充归档）" : ""), f.small, 10));
            for (String line : b.lines()) {
                doc.add(para(line, f.body, 4));
            }
            if (b.scan() != null) {
                scan(doc, writer, b, f);
            }
        }
        doc.newPage();
        starts.add(writer.getPageNumber());
        avList(doc, view, f);
        doc.add(para(" ", f.body, 12));
        doc.add(para("卷内备考表", f.heading, 6));
        int total = pages == null ? 0 : pages.get(pages.size() - 1);
        doc.add(para("本卷文字记录 " + view.entries().size() + " 件" + (total > 0 ? "，共 " + total + " 页" : "") + "；音像记录 "
                + view.av().size() + " 件，原始文件存于电子档案系统，以 SHA-256 校验值核对。", f.body, 4));
        doc.add(para(view.complete() ? "完整性检查：必备文字记录齐全。" : "完整性检查：缺少 " + view.missing().size() + " 项必备文字记录（见卷内目录）。",
                f.body, 4));
        starts.add(writer.getPageNumber());
        doc.close();
        return starts;
    }

    /** A scanned PDF's pages or an image, each scaled to the page; a file that cannot be read is named instead. */
    private static void scan(Document doc, PdfWriter writer, Body b, Fonts f) {
        float w = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
        float h = doc.getPageSize().getHeight() - doc.topMargin() - doc.bottomMargin() - 40;
        try {
            if (b.scanIsPdf()) {
                com.lowagie.text.pdf.PdfReader r = new com.lowagie.text.pdf.PdfReader(b.scan());
                for (int p = 1; p <= Math.min(r.getNumberOfPages(), MAX_SCAN_PAGES); p++) {
                    com.lowagie.text.Image page = com.lowagie.text.Image.getInstance(writer.getImportedPage(r, p));
                    page.scaleToFit(w, h);
                    doc.add(page);
                }
            } else {
                com.lowagie.text.Image img = com.lowagie.text.Image.getInstance(b.scan());
                img.scaleToFit(w, h);
                doc.add(img);
            }
        } catch (IOException | RuntimeException e) {
            doc.add(para("（扫描件无法在卷宗中显示，原件随电子档案保存。）", f.small, 4));
        }
    }

    private void cover(Document doc, DossierView view, Fonts f) {
        DossierView.Cover c = view.cover();
        Paragraph agency = para(text(c.agencyName()), f.heading, 24);
        agency.setAlignment(Element.ALIGN_CENTER);
        agency.setSpacingBefore(60);
        doc.add(agency);
        Paragraph title = para("行政执法案卷", f.title, 40);
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        PdfPTable t = new PdfPTable(new float[] {1.2f, 3f});
        t.setWidthPercentage(100);
        row(t, f, "归档号", c.archiveNumber() == null ? "（尚未归档）" : c.archiveNumber());
        row(t, f, "案号", c.caseNumber());
        row(t, f, "案件名称", c.title());
        row(t, f, "当事人", c.partyName());
        row(t, f, "案件类别", c.kindLabel());
        row(t, f, "立案日期", Fmt.date(c.openedAt()));
        row(t, f, "结案日期", Fmt.date(c.closedAt()));
        row(t, f, "归档日期", Fmt.date(c.archivedAt()));
        row(t, f, "保管期限", c.retention());
        row(t, f, "卷册", c.volume());
        row(t, f, "本卷内容", "文字记录 " + view.entries().size() + " 件，音像记录 " + view.av().size() + " 件");
        row(t, f, "完整性检查", view.complete() ? "必备文字记录齐全" : "缺少：" + String.join("；", view.missing()));
        doc.add(t);
    }

    private void catalogue(Document doc, DossierView view, List<Integer> pages, Fonts f) {
        Paragraph h = para("卷内目录", f.title, 12);
        h.setAlignment(Element.ALIGN_CENTER);
        doc.add(h);
        PdfPTable t = new PdfPTable(new float[] {0.6f, 1.3f, 3.2f, 2.4f, 1.3f, 1f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String head : List.of("序号", "环节", "文件题名", "文号", "日期", "页号")) {
            PdfPCell cell = cell(head, f.bold);
            cell.setBackgroundColor(new Color(235, 235, 235));
            t.addCell(cell);
        }
        for (int i = 0; i < view.entries().size(); i++) {
            Entry e = view.entries().get(i);
            t.addCell(cell(String.valueOf(e.seq()), f.small));
            t.addCell(cell(e.section().label(), f.small));
            t.addCell(cell(e.title(), f.small));
            t.addCell(cell(text(e.documentNumber()), f.small));
            t.addCell(cell(Fmt.date(e.date()), f.small));
            t.addCell(cell(pages == null ? "—" : pageRange(pages, i), f.small));
        }
        if (view.entries().isEmpty()) {
            PdfPCell none = cell("（无文字记录）", f.small);
            none.setColspan(6);
            t.addCell(none);
        }
        doc.add(t);
        if (!view.complete()) {
            doc.add(para(" ", f.small, 4));
            doc.add(para("缺少的必备文字记录（全过程记录制度第八条）：", f.bold, 4));
            for (String m : view.missing()) {
                doc.add(para("· " + m, f.small, 2));
            }
        }
    }

    private void avList(Document doc, DossierView view, Fonts f) {
        doc.add(para("音像记录清单", f.heading, 8));
        PdfPTable t = new PdfPTable(new float[] {0.8f, 2f, 0.9f, 2.1f, 1.7f, 3.6f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String head : List.of("序号", "名称", "类别", "拍摄时间", "文件名", "SHA-256")) {
            t.addCell(cell(head, f.bold));
        }
        for (AvEntry a : view.av()) {
            t.addCell(cell(String.valueOf(a.seq()), f.small));
            t.addCell(cell(a.title(), f.small));
            t.addCell(cell(a.kindLabel(), f.small));
            t.addCell(cell(Fmt.dateTime(a.capturedAt()), f.small));
            t.addCell(cell(text(a.fileName()), f.small));
            t.addCell(cell(text(a.sha256()), f.tiny));
        }
        if (view.av().isEmpty()) {
            PdfPCell none = cell("（无音像记录）", f.small);
            none.setColspan(6);
            t.addCell(none);
        }
        doc.add(t);
    }

    private static String pageRange(List<Integer> pages, int i) {
        int start = pages.get(i);
        int end = pages.get(i + 1) - 1;
        return end > start ? start + "–" + end : String.valueOf(start);
    }

    private static void row(PdfPTable t, Fonts f, String label, String value) {
        PdfPCell l = cell(label, f.bold);
        l.setPadding(8);
        t.addCell(l);
        PdfPCell v = cell(text(value), f.body);
        v.setPadding(8);
        t.addCell(v);
    }

    private static PdfPCell cell(String s, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(s == null ? "" : s, font));
        c.setPadding(4);
        return c;
    }

    private static Paragraph para(String s, Font font, float after) {
        Paragraph p = new Paragraph(s == null || s.isEmpty() ? " " : s, font);
        p.setSpacingAfter(after);
        p.setLeading(font.getSize() * 1.5f);
        return p;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? Fmt.EMPTY : s;
    }

    private record Fonts(Font title, Font heading, Font bold, Font body, Font small, Font tiny) {
    }

    private Fonts fonts() {
        try {
            BaseFont base = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, fontBytes(), null);
            return new Fonts(new Font(base, 22), new Font(base, 15), new Font(base, 10.5f, Font.BOLD), new Font(base, 11),
                    new Font(base, 9), new Font(base, 6.5f));
        } catch (IOException e) {
            throw new UncheckedIOException("卷宗字体无法读取：" + fontResource, e);
        }
    }

    private byte[] fontBytes() throws IOException {
        byte[] b = fontBytes;
        if (b == null) {
            try (InputStream in = fontResource.getInputStream()) {
                b = in.readAllBytes();
            }
            fontBytes = b;
        }
        return b;
    }

    /** 第 n 页 at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("第 " + writer.getPageNumber() + " 页", font), (page.getLeft() + page.getRight()) / 2, 30, 0);
        }
    }
}
