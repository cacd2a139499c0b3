// Package customer holds customers and their contacts: lifecycle stages,
// the customer pool, activities and the timeline, revisit tasks and birthday
// reminders, RFM segmentation, search that fits Chinese names, and the
// scoped list. Every call takes the acting user; this package decides what
// that user may see and change.
package customer

// Kinds of customer.
const (
	KindCompany = "company"
	KindPerson  = "person"
)

// Lifecycle stages, in the order a customer usually moves through them.
const (
	StageLead     = "lead"     // 线索
	StageProspect = "prospect" // 潜在
	StageCustomer = "customer" // 成交
	StageRepeat   = "repeat"   // 复购
	StageDormant  = "dormant"  // 沉睡
	StageChurned  = "churned"  // 流失
)

// Stages lists every stage in lifecycle order.
func Stages() []string {
	return []string{StageLead, StageProspect, StageCustomer, StageRepeat, StageDormant, StageChurned}
}

// StartStages lists the stages a new customer may start in.
func StartStages() []string { return []string{StageLead, StageProspect, StageCustomer} }

// RFM segments.
const (
	SegmentHighValue = "high_value" // 高价值
	SegmentPotential = "potential"  // 潜力
	SegmentOrdinary  = "ordinary"   // 普通
	SegmentAtRisk    = "at_risk"    // 流失风险
)

// Segments lists every segment, most valuable first.
func Segments() []string {
	return []string{SegmentHighValue, SegmentPotential, SegmentOrdinary, SegmentAtRisk}
}

// Sources lists the channels a customer can come from; "" means unknown.
func Sources() []string {
	return []string{"referral", "exhibition", "website", "cold_call", "channel_partner",
		"social_media", "advertising", "inbound_call", "other"}
}

// Customer is a company or a person the business sells to. OwnerID is ""
// while the customer is in the pool (公海).
type Customer struct {
	ID             string    `json:"id"`
	Kind           string    `json:"kind"`
	Name           string    `json:"name"`
	OwnerID        string    `json:"ownerId"`
	OwnerName      string    `json:"ownerName"`
	Stage          string    `json:"stage"`
	Segment        string    `json:"segment"`
	RFM            RFM       `json:"rfm"`
	Source         string    `json:"source"`
	Industry       string    `json:"industry"`
	Region         string    `json:"region"`
	City           string    `json:"city"`
	Country        string    `json:"country"`
	Address        string    `json:"address"`
	Phone          string    `json:"phone"`
	Email          string    `json:"email"`
	WeChat         string    `json:"wechat"`
	Website        string    `json:"website"`
	Tags           []string  `json:"tags"`
	Notes          string    `json:"notes"`
	LastContactAt  string    `json:"lastContactAt"`
	LastPurchaseAt string    `json:"lastPurchaseAt"`
	OwnedSince     string    `json:"ownedSince"`
	PoolSince      string    `json:"poolSince"`
	CreatedBy      string    `json:"createdBy"`
	CreatedAt      string    `json:"createdAt"`
	UpdatedAt      string    `json:"updatedAt"`
	Version        int       `json:"version"`
	Contacts       []Contact `json:"contacts"`
}

// CustomerInput is what the customer form sends. On create, an empty
// OwnerID makes the acting user the owner and Contacts are added with the
// customer; on update, owner, stage and contacts have their own calls.
type CustomerInput struct {
	ID       string         `json:"id"`
	Kind     string         `json:"kind"`
	Name     string         `json:"name"`
	OwnerID  string         `json:"ownerId"`
	Stage    string         `json:"stage"`
	Source   string         `json:"source"`
	Industry string         `json:"industry"`
	Region   string         `json:"region"`
	City     string         `json:"city"`
	Country  string         `json:"country"`
	Address  string         `json:"address"`
	Phone    string         `json:"phone"`
	Email    string         `json:"email"`
	WeChat   string         `json:"wechat"`
	Website  string         `json:"website"`
	Tags     []string       `json:"tags"`
	Notes    string         `json:"notes"`
	Contacts []ContactInput `json:"contacts"`
	Version  int            `json:"version"`
	// AllowDuplicate, on creation, is a manager's or the owner's word that
	// the customer on file with the same phone, e-mail or name is another
	// one; a rep's is ignored.
	AllowDuplicate bool `json:"allowDuplicate"`
}

// Contact is a person at a customer.
type Contact struct {
	ID         string `json:"id"`
	CustomerID string `json:"customerId"`
	Name       string `json:"name"`
	Title      string `json:"title"`
	Phone      string `json:"phone"`
	Email      string `json:"email"`
	WeChat     string `json:"wechat"`
	Birthday   string `json:"birthday"` // "", "MM-DD" or "YYYY-MM-DD"
	Primary    bool   `json:"primary"`
	CreatedAt  string `json:"createdAt"`
	Version    int    `json:"version"`
}

// ContactInput is what the contact form sends.
type ContactInput struct {
	ID         string `json:"id"`
	CustomerID string `json:"customerId"`
	Name       string `json:"name"`
	Title      string `json:"title"`
	Phone      string `json:"phone"`
	Email      string `json:"email"`
	WeChat     string `json:"wechat"`
	Birthday   string `json:"birthday"`
	Primary    bool   `json:"primary"`
	Version    int    `json:"version"`
}
