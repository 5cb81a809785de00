package org.quicksilver.web.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.quicksilver.projects.ActivityRow;
import org.quicksilver.projects.ActivityService;

/** The activities on a calendar, loaded for the weeks the schedule shows. */
@Named
@ViewScoped
public class CalendarView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ActivityService activities;

  private ScheduleModel model;

  @PostConstruct
  void init() {
    ActivityService service = activities;
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    model =
        new LazyScheduleModel() {
          private static final long serialVersionUID = 1L;

          @Override
          public void loadEvents(LocalDateTime start, LocalDateTime end) {
            for (ActivityRow a : service.calendar(start.toLocalDate(), end.toLocalDate())) {
              addEvent(
                  DefaultScheduleEvent.<Long>builder()
                      .id(String.valueOf(a.id()))
                      .data(a.id())
                      .title(a.title())
                      .startDate(a.startOn().atStartOfDay())
                      .endDate(a.endOn().plusDays(1).atStartOfDay())
                      .allDay(true)
                      .editable(false)
                      .styleClass("qs-schedule-" + a.status())
                      .url(context + "/projects/activity.xhtml?id=" + a.id())
                      .build());
            }
          }
        };
  }

  public ScheduleModel getModel() {
    return model;
  }
}
