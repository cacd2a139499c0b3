package app

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/xuri/excelize/v2"

	"steady/backend/auth"
	"steady/backend/customer"
)

// scopedPair runs own (a record r may reach), which must succeed, and other
// (team B's record), which must be refused to everyone but the owner, as
// forbidden or not found.
func scopedPair(r role, own, other func() error) error {
	if err := own(); err != nil {
		return err // as it came, so that a refusal is seen as one
	}
	err := other()
	if r == asOwner {
		if err != nil {
			return fmt.Errorf("the owner on team B's record: %w", err)
		}
		return nil
	}
	if k := errKind(err); k != "forbidden" && k != "not_found" {
		return fmt.Errorf("team B's record reached the %s (%v)", r, err)
	}
	return nil
}

// leaks returns an error when ids (what r received) hold one of team B's
// ids, unless r is the owner, who sees all; must lists ids that have to be
// there.
func leaks(r role, ids []string, teamB []string, must ...string) error {
	for _, id := range must {
		if !slices.Contains(ids, id) {
			return fmt.Errorf("the %s misses %s", r, id)
		}
	}
	for _, id := range teamB {
		if slices.Contains(ids, id) != (r == asOwner) {
			return fmt.Errorf("the %s: team B's %s present = %v", r, id, slices.Contains(ids, id))
		}
	}
	return nil
}

// ids maps a list to its ids.
func ids[T any](list []T, id func(T) string) []string {
	out := make([]string, 0, len(list))
	for _, v := range list {
		out = append(out, id(v))
	}
	return out
}

// second returns err, dropping a result.
func second[T any](_ T, err error) error { return err }

func inputOfCustomer(c customer.Customer) customer.CustomerInput {
	return customer.CustomerInput{ID: c.ID, Kind: c.Kind, Name: c.Name, OwnerID: c.OwnerID, Stage: c.Stage, Source: c.Source,
		Industry: c.Industry, Region: c.Region, City: c.City, Country: c.Country, Address: c.Address, Phone: c.Phone,
		Email: c.Email, WeChat: c.WeChat, Tags: c.Tags, Notes: c.Notes, Version: c.Version}
}

// exportedCustomers is every cell of the customer export a as they would
// save it.
func (f *fixture) exportedCustomers(a auth.Actor) ([]string, error) {
	var buf bytes.Buffer
	if _, err := f.core.Customers.ExportXLSX(tctx, a, customer.ListQuery{}, "zh-CN", &buf, nil); err != nil {
		return nil, err
	}
	return workbookCells(buf.Bytes())
}

// workbookCells reads every cell of every sheet of an xlsx file.
func workbookCells(data []byte) ([]string, error) {
	book, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer book.Close()
	var out []string
	for _, sheet := range book.GetSheetList() {
		rows, err := book.GetRows(sheet)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			out = append(out, r...)
		}
	}
	return out, nil
}
