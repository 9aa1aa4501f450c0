package cn.anjian.kernel;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The one Excel export of a list: the rows stream through FastExcel in batches (the whole list is never
 * held in memory), and a text cell that a spreadsheet would run as a formula (starting with =, +, -, @,
 * a tab or a carriage return) is written with a leading apostrophe, so it shows as typed (CSV/formula
 * injection). Numbers and dates stay typed cells.
 */
public final class SheetExport {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final int BATCH = 1000;

    /** Receives the rows of the list, one {@code add} per row, in the order of the header. */
    public interface Rows {
        void add(Object... cells);
    }

    private SheetExport() {
    }

    /** An attachment download of one sheet; {@code rows} runs while the response is written. */
    public static ResponseEntity<StreamingResponseBody> attachment(String filename, String sheet, List<String> header,
                                                                   Consumer<Rows> rows) {
        StreamingResponseBody body = out -> write(out, sheet, header, rows);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        Attachment.disposition(filename))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    public static void write(OutputStream out, String sheet, List<String> header, Consumer<Rows> rows) {
        try (ExcelWriter writer = FastExcel.write(out).autoCloseStream(false).build()) {
            WriteSheet ws = FastExcel.writerSheet(0, sheet).head(header.stream().map(List::of).toList()).build();
            List<List<Object>> batch = new ArrayList<>(BATCH);
            rows.accept(cells -> {
                List<Object> row = new ArrayList<>(cells.length);
                for (Object c : cells) {
                    row.add(cell(c));
                }
                batch.add(row);
                if (batch.size() == BATCH) {
                    writer.write(batch, ws);
                    batch.clear();
                }
            });
            writer.write(batch, ws);
        }
    }

    /** What goes into a cell: text that a spreadsheet would evaluate gets a leading apostrophe; null is empty. */
    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof CharSequence text) {
            String s = text.toString();
            if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
                return "'" + s;
            }
            return s;
        }
        return value;
    }
}
