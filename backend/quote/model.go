package quote

import "steady/backend/money"

// Statuses. A quote moves draft → (pending_approval →) approved → sent →
// accepted, rejected or expired; revising an open quote supersedes it.
const (
	StatusDraft           = "draft"
	StatusPendingApproval = "pending_approval"
	StatusApproved        = "approved"
	StatusSent            = "sent"
	StatusAccepted        = "accepted"
	StatusRejected        = "rejected"
	StatusExpired         = "expired"
	StatusSuperseded      = "superseded"
)

// Statuses lists every status in the order a quote moves through them.
func Statuses() []string {
	return []string{StatusDraft, StatusPendingApproval, StatusApproved, StatusSent, StatusAccepted,
		StatusRejected, StatusExpired, StatusSuperseded}
}

// Languages a quote's documents can be written in.
const (
	LangZh = "zh-CN"
	LangEn = "en"
)

// Quote is one revision of a quote with its lines and totals. Customer and
// contact fields are copies taken when the quote was written.
type Quote struct {
	ID               string       `json:"id"`
	Number           string       `json:"number"` // BaseNumber, then -V2, -V3… for revisions
	BaseNumber       string       `json:"baseNumber"`
	Revision         int          `json:"revision"`
	RootID           string       `json:"rootId"`
	PreviousID       string       `json:"previousId"`
	Status           string       `json:"status"`
	Language         string       `json:"language"`
	CustomerID       string       `json:"customerId"`
	CustomerName     string       `json:"customerName"`
	CustomerAddress  string       `json:"customerAddress"`
	ContactName      string       `json:"contactName"`
	ContactPhone     string       `json:"contactPhone"`
	ContactEmail     string       `json:"contactEmail"`
	DealID           string       `json:"dealId"`
	Currency         string       `json:"currency"`
	PriceListID      string       `json:"priceListId"`
	TaxIncluded      bool         `json:"taxIncluded"`
	DiscountBP       int64        `json:"discountBp"`
	Charges          []Charge     `json:"charges"`
	IssueDate        string       `json:"issueDate"`
	ValidUntil       string       `json:"validUntil"`
	PaymentTerms     string       `json:"paymentTerms"`
	DeliveryTerms    string       `json:"deliveryTerms"`
	WarrantyTerms    string       `json:"warrantyTerms"`
	Notes            string       `json:"notes"`
	Lines            []Line       `json:"lines"`
	Totals           money.Totals `json:"totals"`
	NeedsApproval    bool         `json:"needsApproval"`
	ApprovalReasons  []Reason     `json:"approvalReasons"`
	ApprovalDecision string       `json:"approvalDecision"` // "", "approved" or "rejected"
	ApprovalBy       string       `json:"approvalBy"`
	ApprovalByName   string       `json:"approvalByName"`
	ApprovalAt       string       `json:"approvalAt"`
	ApprovalNote     string       `json:"approvalNote"`
	SubmittedAt      string       `json:"submittedAt"`
	SentAt           string       `json:"sentAt"`
	ClosedAt         string       `json:"closedAt"`
	OwnerID          string       `json:"ownerId"`
	OwnerName        string       `json:"ownerName"`
	CopiedFrom       string       `json:"copiedFrom"` // the quote this one was duplicated from
	Version          int          `json:"version"`
	CreatedAt        string       `json:"createdAt"`
	UpdatedAt        string       `json:"updatedAt"`
}

// Line is one line of a quote. ListPriceMinor is the reference the total
// discount is measured against and FloorPriceMinor the least it may sell for
// unapproved (0: no floor), both in the quote's tax terms and both taken from
// the catalog product the line is, whether picked from the catalog or typed
// with a product's SKU or name (see reference.go); a line that is no product
// is measured against its own unit price. Reps never read the floor.
type Line struct {
	ID              string           `json:"id"`
	LineKey         string           `json:"lineKey"` // the same across revisions
	Position        int              `json:"position"`
	ProductID       string           `json:"productId"`
	SKU             string           `json:"sku"`
	Name            string           `json:"name"`
	Spec            string           `json:"spec"`
	Unit            string           `json:"unit"`
	QtyMilli        int64            `json:"qtyMilli"`
	UnitPriceMinor  int64            `json:"unitPriceMinor"`
	ListPriceMinor  int64            `json:"listPriceMinor"`
	FloorPriceMinor int64            `json:"floorPriceMinor"`
	DiscountBP      int64            `json:"discountBp"`
	TaxRateBP       int64            `json:"taxRateBp"`
	Totals          money.LineTotals `json:"totals"`
	ref             lineRef          // what the guard measured the line against, set by reference
}

// Charge is shipping or another charge: a final amount, neither discounted nor taxed.
type Charge struct {
	Label       string `json:"label"`
	AmountMinor int64  `json:"amountMinor"`
}

// Reasons a quote needs a manager's approval.
const (
	ReasonBelowFloor        = "belowFloor"
	ReasonDiscountOverLimit = "discountOverLimit"
	ReasonOtherCurrency     = "catalogOtherCurrency"
	ReasonPriceListLevel    = "priceListLevel"
	ReasonCopyOfAccepted    = "copyOfAccepted"
)

// Reason is one finding of the discount guard. For belowFloor, Position is
// the line, PriceMinor its unit price after all discounts and LimitMinor the
// floor (0 when a rep reads it: reps learn that a line is below its floor,
// never the floor); for discountOverLimit, DiscountBP is the largest total
// discount, of the catalog lines against their list prices or of the other
// lines against their own prices, and LimitBP the owner's limit; for
// catalogOtherCurrency, Position is a line that is a catalog product priced
// in another currency; for priceListLevel, Name is the price list, kept for
// other levels than the owner's; for copyOfAccepted, Name is the number of
// the accepted quote this one copies for the same customer.
type Reason struct {
	Kind       string `json:"kind"`
	Position   int    `json:"position"`
	SKU        string `json:"sku"`
	Name       string `json:"name"`
	PriceMinor int64  `json:"priceMinor"`
	LimitMinor int64  `json:"limitMinor"`
	DiscountBP int64  `json:"discountBp"`
	LimitBP    int64  `json:"limitBp"`
}

// Input is what the quote builder sends to create or change a draft.
type Input struct {
	ID              string      `json:"id"`
	Version         int         `json:"version"`
	Language        string      `json:"language"`
	CustomerID      string      `json:"customerId"`
	CustomerName    string      `json:"customerName"`
	CustomerAddress string      `json:"customerAddress"`
	ContactName     string      `json:"contactName"`
	ContactPhone    string      `json:"contactPhone"`
	ContactEmail    string      `json:"contactEmail"`
	DealID          string      `json:"dealId"`
	Currency        string      `json:"currency"` // "": the company's currency
	PriceListID     string      `json:"priceListId"`
	TaxIncluded     bool        `json:"taxIncluded"`
	DiscountBP      int64       `json:"discountBp"`
	Charges         []Charge    `json:"charges"`
	IssueDate       string      `json:"issueDate"`  // "": today
	ValidUntil      string      `json:"validUntil"` // "": 30 days after the issue date
	PaymentTerms    string      `json:"paymentTerms"`
	DeliveryTerms   string      `json:"deliveryTerms"`
	WarrantyTerms   string      `json:"warrantyTerms"`
	Notes           string      `json:"notes"`
	Lines           []LineInput `json:"lines"`
}

// LineInput is one line as the builder sends it. With ProductID, empty SKU,
// name, spec and unit are taken from the catalog, and CatalogPrice takes the
// unit price from the quote's price list or the list price too. Without it the
// line is free text.
type LineInput struct {
	ID             string `json:"id"` // the line's id when it already exists in this quote
	ProductID      string `json:"productId"`
	SKU            string `json:"sku"`
	Name           string `json:"name"`
	Spec           string `json:"spec"`
	Unit           string `json:"unit"`
	QtyMilli       int64  `json:"qtyMilli"`
	UnitPriceMinor int64  `json:"unitPriceMinor"`
	CatalogPrice   bool   `json:"catalogPrice"`
	DiscountBP     int64  `json:"discountBp"`
	TaxRateBP      int64  `json:"taxRateBp"`
}

// totalsInput turns a quote into the arithmetic's input.
func totalsInput(q Quote) money.TotalsInput {
	in := money.TotalsInput{DiscountBP: q.DiscountBP, TaxIncluded: q.TaxIncluded, Lines: make([]money.TotalsLine, len(q.Lines))}
	for i, l := range q.Lines {
		in.Lines[i] = money.TotalsLine{QtyMilli: l.QtyMilli, PriceMinor: l.UnitPriceMinor, DiscountBP: l.DiscountBP, TaxRateBP: l.TaxRateBP}
	}
	for _, c := range q.Charges {
		in.Charges = append(in.Charges, c.AmountMinor)
	}
	return in
}

// withTotals fills q's totals and each line's from money.ComputeTotals.
func withTotals(q Quote) Quote {
	q.Totals = money.ComputeTotals(totalsInput(q))
	for i := range q.Lines {
		q.Lines[i].Totals = q.Totals.Lines[i]
	}
	return q
}
