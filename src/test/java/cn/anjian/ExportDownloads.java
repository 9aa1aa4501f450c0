package cn.anjian;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import cn.idev.excel.FastExcel;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Runs a (streamed) Excel export through MockMvc and reads its first sheet: header row, then one map per row. */
public final class ExportDownloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExportDownloads() {
    }

    /** The rows of the sheet (the header row left out), cells by column index. */
    public static List<Map<Integer, String>> rows(MockMvc mvc, RequestBuilder request) throws Exception {
        MvcResult started = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(content().contentType(XLSX)).andReturn().getResponse().getContentAsByteArray();
        return FastExcel.read(new ByteArrayInputStream(xlsx)).sheet(0).headRowNumber(1).doReadSync();
    }

    /** The header row of the sheet. */
    public static Map<Integer, String> header(MockMvc mvc, RequestBuilder request) throws Exception {
        MvcResult started = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> all = FastExcel.read(new ByteArrayInputStream(xlsx)).sheet(0).headRowNumber(0).doReadSync();
        return all.get(0);
    }
}
