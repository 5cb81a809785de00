package org.quicksilver.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.quicksilver.reporting.RegisteredReport;
import org.quicksilver.reporting.ReportFile;
import org.quicksilver.reporting.ReportJobService;
import org.quicksilver.reporting.ReportJobView;
import org.quicksilver.reporting.ReportRegisterService;
import org.quicksilver.web.export.Download;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;

/** The reports generated so far, downloadable again exactly as they were. */
@Named
@ViewScoped
public class ReportRegisterView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many of the user's background reports the page lists. */
  private static final int RECENT_JOBS = 10;

  @Inject private ReportRegisterService register;
  @Inject private ReportJobService jobs;

  private PagedList<RegisteredReport> list;
  private List<ReportJobView> myJobs = List.of();

  @PostConstruct
  void init() {
    ReportRegisterService service = register;
    list = new PagedList<>(service::list, filters -> service.count(), row -> row.id().toString());
    myJobs = jobs.mine(RECENT_JOBS);
  }

  /** The user's latest background reports, whatever their state. */
  public List<ReportJobView> getMyJobs() {
    return myJobs;
  }

  /** Why a job failed, in the user's language. */
  public String failure(ReportJobView job) {
    return Texts.text(job.failureKey(), job.failureArguments().toArray());
  }

  public StreamedContent download(long id) {
    ReportFile file = register.download(id);
    return Download.of(file.fileName(), file.contentType(), file.content());
  }

  public PagedList<RegisteredReport> getList() {
    return list;
  }
}
