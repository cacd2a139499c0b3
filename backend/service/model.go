package service

// Ticket kinds, priorities, channels and statuses.
const (
	KindConsultation = "consultation"
	KindComplaint    = "complaint"
	KindRepair       = "repair"
	KindReturn       = "return"
	KindOther        = "other"

	PriorityLow    = "low"
	PriorityNormal = "normal"
	PriorityHigh   = "high"
	PriorityUrgent = "urgent"

	StatusOpen       = "open"
	StatusInProgress = "in_progress"
	StatusWaiting    = "waiting" // for the customer: the clock stops
	StatusResolved   = "resolved"
	StatusClosed     = "closed"
)

var (
	kinds      = []string{KindConsultation, KindComplaint, KindRepair, KindReturn, KindOther}
	priorities = []string{PriorityLow, PriorityNormal, PriorityHigh, PriorityUrgent}
	channels   = []string{"phone", "wechat", "email", "visit"}
)

// Ticket is one request from a customer and where it stands. The due times
// are when the response and the resolution fall due in working hours;
// ResolveDueAt is "" while the clock is paused. Overdue is a live target
// missed now; ResponseLate and ResolvedOnTime judge what already happened.
type Ticket struct {
	ID               string `json:"id"`
	CustomerID       string `json:"customerId"`
	CustomerName     string `json:"customerName"`
	CustomerOwnerID  string `json:"customerOwnerId"`
	ContactID        string `json:"contactId"`
	ContactName      string `json:"contactName"`
	DealID           string `json:"dealId"`
	Kind             string `json:"kind"`
	Priority         string `json:"priority"`
	Channel          string `json:"channel"`
	Subject          string `json:"subject"`
	Description      string `json:"description"`
	AssigneeID       string `json:"assigneeId"`
	AssigneeName     string `json:"assigneeName"`
	Status           string `json:"status"`
	Resolution       string `json:"resolution"`
	ReceivedAt       string `json:"receivedAt"`
	RespondTargetMin int    `json:"respondTargetMin"`
	ResolveTargetMin int    `json:"resolveTargetMin"`
	ResponseDueAt    string `json:"responseDueAt"`
	RespondedAt      string `json:"respondedAt"`
	RespondedOnTime  *bool  `json:"respondedOnTime"`
	ResolveDueAt     string `json:"resolveDueAt"`
	UsedMin          int    `json:"usedMin"` // working minutes run before the current stretch
	ResolvedAt       string `json:"resolvedAt"`
	ResolvedOnTime   *bool  `json:"resolvedOnTime"`
	ClosedAt         string `json:"closedAt"`
	Overdue          bool   `json:"overdue"`
	ResponseOverdue  bool   `json:"responseOverdue"`
	SurveyID         string `json:"surveyId"`
	Version          int    `json:"version"`
}

// active says whether a status still has work to do.
func active(status string) bool {
	return status == StatusOpen || status == StatusInProgress || status == StatusWaiting
}

// TicketInput opens a ticket. ReceivedAt ("" = now) is when the customer
// raised it, at most the company's backdating window ago. AssigneeID ""
// is the one opening it.
type TicketInput struct {
	CustomerID  string `json:"customerId"`
	ContactID   string `json:"contactId"`
	DealID      string `json:"dealId"`
	Kind        string `json:"kind"`
	Priority    string `json:"priority"`
	Channel     string `json:"channel"`
	Subject     string `json:"subject"`
	Description string `json:"description"`
	AssigneeID  string `json:"assigneeId"`
	ReceivedAt  string `json:"receivedAt"`
}

// HistoryEntry is one change of a ticket.
type HistoryEntry struct {
	ID         string `json:"id"`
	At         string `json:"at"`
	ActorID    string `json:"actorId"`
	ActorName  string `json:"actorName"`
	Action     string `json:"action"` // open, reply, status, assign
	FromStatus string `json:"fromStatus"`
	ToStatus   string `json:"toStatus"`
	Note       string `json:"note"`
}

// TicketDetail is a ticket with its history, newest last.
type TicketDetail struct {
	Ticket  Ticket         `json:"ticket"`
	History []HistoryEntry `json:"history"`
}
