// Package setup creates a new company and its owner on first run, in one
// transaction: either both exist afterwards or neither does.
package setup

import (
	"context"
	"database/sql"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/store"
)

// Input is what the first-run wizard collects.
type Input struct {
	CompanyName string `json:"companyName"`
	OwnerName   string `json:"ownerName"`
	Login       string `json:"login"`
	Password    string `json:"password"`
}

// Result names what was created.
type Result struct {
	OwnerID   string
	CompanyID string
}

// Run creates the company and its owner. It refuses when anyone exists already.
func Run(ctx context.Context, db *store.DB, users *auth.Service, companies *company.Service, in Input) (Result, error) {
	return RunWith(ctx, db, users, companies, in, company.Defaults(in.CompanyName))
}

// RunWith is Run with a fuller company profile (the demo data uses it).
func RunWith(ctx context.Context, db *store.DB, users *auth.Service, companies *company.Service, in Input, profile company.Settings) (Result, error) {
	has, err := users.HasUsers(ctx)
	if err != nil {
		return Result{}, err
	}
	if has {
		return Result{}, apperr.Forbidden("errors.forbidden.alreadySetUp")
	}
	res := Result{OwnerID: store.NewID()}
	profile.Name = in.CompanyName
	companyErr := apperr.RenameFields(company.Validate(profile), map[string]string{"name": "companyName"})
	err = db.Tx(ctx, func(tx *sql.Tx) error {
		owner := auth.UserInput{ID: res.OwnerID, Name: in.OwnerName, Login: in.Login, Password: in.Password,
			Role: auth.RoleOwner, Level: auth.LevelSenior, Active: true}
		userErr := apperr.RenameFields(users.InsertUserTx(ctx, tx, "", owner), map[string]string{"name": "ownerName"})
		if userErr != nil || companyErr != nil {
			return mergeValidation(userErr, companyErr)
		}
		var err error
		res.CompanyID, err = companies.InsertTx(ctx, tx, res.OwnerID, profile)
		return err
	})
	if err != nil {
		return Result{}, fmt.Errorf("setup: %w", err)
	}
	return res, nil
}

func isValidation(err error) bool {
	e, ok := apperr.As(err)
	return ok && e.Kind == apperr.KindValidation
}

// mergeValidation joins the field errors of both halves of the wizard, so it
// shows every problem at once; any other error wins as it is.
func mergeValidation(errs ...error) error {
	var v apperr.Validation
	for _, err := range errs {
		if err == nil {
			continue
		}
		if !isValidation(err) {
			return err
		}
		e, _ := apperr.As(err)
		for field, fe := range e.Fields {
			v.Add(field, fe.Code, fe.Params)
		}
	}
	return v.Err()
}
