package cn.anjian.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 13 finding 10: an Excel import refuses external entities, zip bombs and oversize sheets with a clear error. */
class SheetImportHardeningTests {

    private static final List<String> HEADER = List.of("名称*", "数量");

    /** No database here: the import's transaction is a no-op one. */
    private static final TransactionTemplate TX = new TransactionTemplate(new AbstractPlatformTransactionManager() {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    });

    private static byte[] template(int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.write(out, "导入", HEADER, r -> {
            for (int i = 0; i < rows; i++) {
                r.add("单位" + i, i);
            }
        });
        return out.toByteArray();
    }

    /** The same .xlsx with its first sheet's XML replaced. */
    private static byte[] withSheet(byte[] xlsx, byte[] sheetXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the writer streams STORED entries with a data descriptor, which java.util.zip cannot read back
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx), "UTF-8", true, true);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipArchiveEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals("xl/worksheets/sheet1.xml") ? sheetXml : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static List<ImportError> importing(byte[] file, AtomicInteger applied) {
        SheetImport.Errors errors = new SheetImport.Errors();
        SheetImport.Rows rows = new SheetImport.Rows("导入", HEADER, errors, 100, 50) {
            @Override
            protected void handle(SheetImport.Cells c) {
                c.text(0, true);
                applied.incrementAndGet();
            }
        };
        try {
            SheetImport.read(TX, new ByteArrayInputStream(file), errors, applied::get, "文件中没有数据", SheetImport.Sheet.at(0, rows));
        } catch (ImportRejectedException e) {
            return e.errors();
        }
        return List.of();
    }

    @Test
    @DisplayName("IAM-07 a sheet declaring an external entity (XXE) is refused with a clear error and its entity never read")
    void externalEntity() throws IOException {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>名称*</t></is></c><c r="B1" t="inlineStr"><is><t>数量</t></is></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>&secret;</t></is></c></row>
                </sheetData></worksheet>""";
        AtomicInteger applied = new AtomicInteger();
        List<ImportError> errors = importing(withSheet(template(1), xxe.getBytes(StandardCharsets.UTF_8)), applied);
        assertThat(applied).hasValue(0);
        assertThat(errors).extracting(ImportError::message).anySatisfy(m -> assertThat(m).contains("外部实体"));
    }

    @Test
    @DisplayName("IAM-07 a zip bomb (a sheet unpacking to hundreds of times its size) is refused before it is parsed")
    void zipBomb() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        String blank = "<row r=\"9\"></row>".repeat(1000);
        for (int i = 0; i < 2000; i++) {
            xml.append(blank);
        }
        xml.append("</sheetData></worksheet>");
        AtomicInteger applied = new AtomicInteger();
        List<ImportError> errors = importing(withSheet(template(1), xml.toString().getBytes(StandardCharsets.UTF_8)), applied);
        assertThat(applied).hasValue(0);
        assertThat(errors).extracting(ImportError::message).anySatisfy(m -> assertThat(m).contains("压缩炸弹"));
    }

    @Test
    @DisplayName("IAM-07 more rows than the import allows are refused at the first row over the limit, nothing applied")
    void oversizeSheet() {
        AtomicInteger applied = new AtomicInteger();
        List<ImportError> errors = importing(template(101), applied);
        assertThat(errors).extracting(ImportError::message).anySatisfy(m -> assertThat(m).contains("每次最多导入 100 行"));
        AtomicInteger fine = new AtomicInteger();
        assertThat(importing(template(100), fine)).isEmpty();
        assertThat(fine).hasValue(100);
    }
}
