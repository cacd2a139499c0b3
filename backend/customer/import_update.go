package customer

import (
	"context"
	"slices"
	"strings"
)

// update applies a row to the customer it duplicates: every cell with text
// replaces the stored value, empty cells keep it; owner and stage stay (they
// have their own moves, with history). The row's contact updates the
// customer's contact of the same name, phone or e-mail, or is added.
func (r *importRun) update(ctx context.Context, id string, rec importRecord) (string, error) {
	before, _, err := visibleTx(ctx, r.tx, r.actor, id)
	if err != nil {
		return "", err
	}
	in := overlay(before, rec)
	changed := !sameFields(before, in)
	if changed {
		if err := r.s.updateCustomerRow(ctx, r.tx, in); err != nil {
			return "", err
		}
		in.Stage, in.Contacts = before.Stage, nil
		if err := r.s.record(ctx, r.tx, r.s.now(), r.actor.ID, "customer", id, "update", before, in); err != nil {
			return "", err
		}
	}
	touched, err := r.upsertContact(ctx, id, rec.contact)
	if err != nil {
		return "", err
	}
	if !changed && !touched {
		return "unchanged", nil
	}
	r.updated(id)
	return "updated", nil
}

// inputOf is a stored customer as the form would send it back.
func inputOf(c Customer) CustomerInput {
	return CustomerInput{ID: c.ID, Kind: c.Kind, Name: c.Name, OwnerID: c.OwnerID, Stage: c.Stage, Source: c.Source,
		Industry: c.Industry, Region: c.Region, City: c.City, Country: c.Country, Address: c.Address, Phone: c.Phone,
		Email: c.Email, WeChat: c.WeChat, Website: c.Website, Tags: c.Tags, Notes: c.Notes, Version: c.Version}
}

// overlay lays the cells of a row that have text over a stored customer.
func overlay(c Customer, rec importRecord) CustomerInput {
	out := inputOf(c)
	fields := []struct {
		key      string
		dst, src *string
	}{
		{"kind", &out.Kind, &rec.in.Kind}, {"name", &out.Name, &rec.in.Name}, {"source", &out.Source, &rec.in.Source},
		{"industry", &out.Industry, &rec.in.Industry}, {"region", &out.Region, &rec.in.Region},
		{"city", &out.City, &rec.in.City}, {"country", &out.Country, &rec.in.Country},
		{"address", &out.Address, &rec.in.Address}, {"phone", &out.Phone, &rec.in.Phone},
		{"email", &out.Email, &rec.in.Email}, {"wechat", &out.WeChat, &rec.in.WeChat},
		{"website", &out.Website, &rec.in.Website}, {"notes", &out.Notes, &rec.in.Notes},
	}
	for _, f := range fields {
		if rec.set[f.key] {
			*f.dst = *f.src
		}
	}
	if rec.set["notes"] { // the lines an import kept from the old system stay
		out.Notes = withNotes(out.Notes, provenance(c.Notes))
	}
	if rec.set["tags"] {
		out.Tags = rec.in.Tags
	}
	out.Tags = withTags(out.Tags, rec.extraTags)
	out.Notes = withNotes(out.Notes, rec.notes)
	return out
}

// sameFields says whether in would store exactly what c holds.
func sameFields(c Customer, in CustomerInput) bool {
	return c.Kind == in.Kind && c.Name == in.Name && c.Source == in.Source && c.Industry == in.Industry &&
		c.Region == in.Region && c.City == in.City && c.Country == in.Country && c.Address == in.Address &&
		c.Phone == in.Phone && c.Email == in.Email && c.WeChat == in.WeChat && c.Website == in.Website && c.Notes == in.Notes &&
		slices.Equal(c.Tags, in.Tags)
}

// upsertContact updates the customer's contact that the row's contact is
// (same name, phone or e-mail) with the row's non-empty cells, or adds it,
// primary when the customer has no primary contact. It reports a change.
func (r *importRun) upsertContact(ctx context.Context, customerID string, p *ContactInput) (bool, error) {
	if p == nil {
		return false, nil
	}
	existing, err := contactsOf(ctx, r.tx, customerID)
	if err != nil {
		return false, err
	}
	for _, c := range existing {
		if sameContact(c, *p) {
			return r.updateContact(ctx, c, *p)
		}
	}
	add := *p
	add.Primary = len(existing) == 0 || !existing[0].Primary // the primary one comes first
	_, err = r.s.insertContactTx(ctx, r.tx, r.actor.ID, customerID, add)
	return true, err
}

func sameContact(c Contact, p ContactInput) bool {
	phone := NormalizePhone(p.Phone)
	return (p.Name != "" && c.Name == p.Name) ||
		(len(phone) >= minMatchDigits && NormalizePhone(c.Phone) == phone) ||
		(p.Email != "" && strings.EqualFold(c.Email, p.Email))
}

func (r *importRun) updateContact(ctx context.Context, c Contact, p ContactInput) (bool, error) {
	next := ContactInput{ID: c.ID, CustomerID: c.CustomerID, Name: c.Name, Title: c.Title, Phone: c.Phone,
		Email: c.Email, WeChat: c.WeChat, Birthday: c.Birthday, Primary: c.Primary, Version: c.Version}
	for _, f := range []struct{ dst, src *string }{{&next.Name, &p.Name}, {&next.Title, &p.Title},
		{&next.Phone, &p.Phone}, {&next.Email, &p.Email}, {&next.WeChat, &p.WeChat}, {&next.Birthday, &p.Birthday}} {
		if *f.src != "" {
			*f.dst = *f.src
		}
	}
	if next.Name == c.Name && next.Title == c.Title && next.Phone == c.Phone && next.Email == c.Email &&
		next.WeChat == c.WeChat && next.Birthday == c.Birthday {
		return false, nil
	}
	if err := r.s.updateContactRow(ctx, r.tx, next); err != nil {
		return false, err
	}
	return true, r.s.record(ctx, r.tx, r.s.now(), r.actor.ID, "contact", c.ID, "update", c, next)
}
