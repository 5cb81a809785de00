package org.quicksilver.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.quicksilver.reporting.RegisteredReport;
import org.quicksilver.reporting.ReportFile;
import org.quicksilver.reporting.ReportRegisterService;
import org.quicksilver.web.platform.PagedList;

/** The reports generated so far, downloadable again exactly as they were. */
@Named
@ViewScoped
public class ReportRegisterView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ReportRegisterService register;

  private PagedList<RegisteredReport> list;

  @PostConstruct
  void init() {
    ReportRegisterService service = register;
    list = new PagedList<>(service::list, filters -> service.count(), row -> row.id().toString());
  }

  public StreamedContent download(long id) {
    ReportFile file = register.download(id);
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .contentLength((long) file.content().length)
        .stream(() -> new ByteArrayInputStream(file.content()))
        .build();
  }

  public PagedList<RegisteredReport> getList() {
    return list;
  }
}
