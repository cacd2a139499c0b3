package quote

import (
	"context"
	"regexp"
	"strings"

	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/docs"
)

// document is a quote with everything its files print: the company, the
// words in the quote's language, and whether it goes out as a draft.
type document struct {
	q       Quote
	company company.Settings
	l       labels
	logo    docs.Logo
	draft   bool   // not approved yet: printed with the banner
	words   string // 大写金额 for CNY, else ""
}

func newDocument(q Quote, c company.Settings) document {
	d := document{q: q, company: c, l: labelsFor(q.Language), draft: IsDraftDocument(q)}
	if q.Currency == "CNY" {
		d.words = docs.AmountInWordsCNY(q.Totals.Total)
	}
	d.logo = docs.DecodeLogo(c.LogoDataURL)
	return d
}

// IsDraftDocument says whether q's files must carry the banner "草稿 – 待审批"
// ("Draft – pending approval"): the discount guard holds it and no manager
// has approved it yet.
func IsDraftDocument(q Quote) bool {
	return q.NeedsApproval && (q.Status == StatusDraft || q.Status == StatusPendingApproval)
}

// load reads a quote the actor may see with the company profile.
func (s *Service) load(ctx context.Context, actor auth.Actor, id string) (document, error) {
	q, err := s.Quote(ctx, actor, id)
	if err != nil {
		return document{}, err
	}
	c, err := s.settings(ctx)
	if err != nil {
		return document{}, err
	}
	return newDocument(q, c), nil
}

// unsafeName matches what Windows, macOS and Linux refuse or mangle in a file name.
var unsafeName = regexp.MustCompile(`[<>:"/\\|?*\x00-\x1f]+`)

// FileName is the name people see for q's document with extension ext
// (".xlsx" or ".pdf"): 报价单_客户名_编号.xlsx, or Quote_<customer>_<number>
// for an English quote, safe on every system.
func FileName(q Quote, ext string) string {
	prefix := "报价单"
	if q.Language == LangEn {
		prefix = "Quote"
	}
	customer := strings.TrimSpace(unsafeName.ReplaceAllString(q.CustomerName, " "))
	customer = strings.Join(strings.Fields(customer), " ")
	if r := []rune(customer); len(r) > 40 {
		customer = string(r[:40])
	}
	customer = strings.TrimRight(customer, ". ")
	parts := []string{prefix}
	if customer != "" {
		parts = append(parts, customer)
	}
	parts = append(parts, unsafeName.ReplaceAllString(q.Number, "-"))
	return strings.Join(parts, "_") + ext
}
