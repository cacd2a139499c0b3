package app

import (
	"io"

	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/service"
)

// ServiceDesk is the after-sales area's backend: tickets, surveys, the
// follow-ups of low scores, customer health and the month's report.
type ServiceDesk struct {
	core    *Core
	session *Session
}

// NewServiceDesk binds the after-sales area.
func NewServiceDesk(core *Core, session *Session) *ServiceDesk {
	return &ServiceDesk{core: core, session: session}
}

// Tickets lists tickets, newest first, a page at a time.
func (d *ServiceDesk) Tickets(q service.TicketQuery) (service.TicketPage, error) {
	return asActor(d.session, "service.tickets", func(a auth.Actor) (service.TicketPage, error) { return d.core.Service.Tickets(bg(), a, q) })
}

// Ticket returns one ticket with its history.
func (d *ServiceDesk) Ticket(id string) (service.TicketDetail, error) {
	return asActor(d.session, "service.ticket", func(a auth.Actor) (service.TicketDetail, error) { return d.core.Service.Ticket(bg(), a, id) })
}

// OpenTicket records a customer's request.
func (d *ServiceDesk) OpenTicket(in service.TicketInput) (service.Ticket, error) {
	return asActor(d.session, "service.openTicket", func(a auth.Actor) (service.Ticket, error) { return d.core.Service.OpenTicket(bg(), a, in) })
}

// Reply logs a reply to the customer.
func (d *ServiceDesk) Reply(c service.Change) (service.Ticket, error) {
	return asActor(d.session, "service.reply", func(a auth.Actor) (service.Ticket, error) { return d.core.Service.Reply(bg(), a, c) })
}

// SetStatus moves a ticket.
func (d *ServiceDesk) SetStatus(c service.Change) (service.Ticket, error) {
	return asActor(d.session, "service.setStatus", func(a auth.Actor) (service.Ticket, error) { return d.core.Service.SetStatus(bg(), a, c) })
}

// Assign hands a ticket to someone else.
func (d *ServiceDesk) Assign(c service.Change) (service.Ticket, error) {
	return asActor(d.session, "service.assign", func(a auth.Actor) (service.Ticket, error) { return d.core.Service.Assign(bg(), a, c) })
}

// Assignees lists who the user may hand a ticket to.
func (d *ServiceDesk) Assignees(ticketID string) ([]service.Person, error) {
	return asActor(d.session, "service.assignees", func(a auth.Actor) ([]service.Person, error) {
		return d.core.Service.Assignees(bg(), a, ticketID)
	})
}

// SendSurvey starts a survey whose text is copied to the customer.
func (d *ServiceDesk) SendSurvey(ref service.SurveyRef) (service.Survey, error) {
	return asActor(d.session, "service.sendSurvey", func(a auth.Actor) (service.Survey, error) { return d.core.Service.SendSurvey(bg(), a, ref) })
}

// RecordSurvey records the customer's answer.
func (d *ServiceDesk) RecordSurvey(in service.Answer) (service.Survey, error) {
	return asActor(d.session, "service.recordSurvey", func(a auth.Actor) (service.Survey, error) { return d.core.Service.RecordSurvey(bg(), a, in) })
}

// Surveys lists surveys.
func (d *ServiceDesk) Surveys(q service.SurveyQuery) ([]service.Survey, error) {
	return asActor(d.session, "service.surveys", func(a auth.Actor) ([]service.Survey, error) { return d.core.Service.Surveys(bg(), a, q) })
}

// Followups lists the follow-ups of low scores.
func (d *ServiceDesk) Followups(status string) ([]service.Followup, error) {
	return asActor(d.session, "service.followups", func(a auth.Actor) ([]service.Followup, error) { return d.core.Service.Followups(bg(), a, status) })
}

// CompleteFollowup marks a follow-up done.
func (d *ServiceDesk) CompleteFollowup(id, note string, version int) (service.Followup, error) {
	return asActor(d.session, "service.completeFollowup", func(a auth.Actor) (service.Followup, error) {
		return d.core.Service.CompleteFollowup(bg(), a, id, note, version)
	})
}

// Health is a customer's recent satisfaction and open complaints.
func (d *ServiceDesk) Health(customerID string) (service.Health, error) {
	return asActor(d.session, "service.health", func(a auth.Actor) (service.Health, error) { return d.core.Service.Health(bg(), a, customerID) })
}

// Report is the month's numbers per rep.
func (d *ServiceDesk) Report(month string) (service.Report, error) {
	return asActor(d.session, "service.report", func(a auth.Actor) (service.Report, error) { return d.core.Service.Report(bg(), a, month) })
}

// Export saves the month's report as XLSX where the user chooses; "" means cancelled.
func (d *ServiceDesk) Export(month, lang string) (string, error) {
	return asActor(d.session, "service.export", func(a auth.Actor) (string, error) {
		return d.core.saveAs(saveTarget{name: service.ReportFileName(lang, month), filter: "Excel (*.xlsx)", ext: ".xlsx"},
			func(w io.Writer) error { return d.core.Service.ExportXLSX(bg(), a, month, lang, w) })
	})
}

// Settings are the response and resolution targets and the low mark.
func (d *ServiceDesk) Settings() (service.Settings, error) {
	return asActor(d.session, "service.settings", func(auth.Actor) (service.Settings, error) { return d.core.Service.Settings(bg()) })
}

// SaveSettings changes the targets.
func (d *ServiceDesk) SaveSettings(in service.Settings) (service.Settings, error) {
	return asActor(d.session, "service.saveSettings", func(a auth.Actor) (service.Settings, error) { return d.core.Service.SaveSettings(bg(), a, in) })
}

// Hours is the company's working week, which the targets count in.
func (d *ServiceDesk) Hours() (company.WorkingHours, error) {
	return asActor(d.session, "service.hours", func(auth.Actor) (company.WorkingHours, error) { return d.core.Company.Hours(bg()) })
}

// SaveHours changes the company's working week (the owner only).
func (d *ServiceDesk) SaveHours(in company.WorkingHours) (company.WorkingHours, error) {
	return asActor(d.session, "service.saveHours", func(a auth.Actor) (company.WorkingHours, error) { return d.core.Company.SaveHours(bg(), a, in) })
}
