package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"steady/backend/apperr"
	"steady/backend/validate"
)

var loginPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$`)

// cleanUser checks in field by field; creating says whether a password is required.
func cleanUser(in UserInput, creating bool) (UserInput, apperr.Validation) {
	var v apperr.Validation
	in.Name = validate.Text(&v, "name", in.Name, true, 60)
	in.Login = strings.TrimSpace(in.Login)
	if in.Login == "" {
		v.Add("login", "validation.required", nil)
	} else if !loginPattern.MatchString(in.Login) {
		v.Add("login", "validation.loginFormat", nil)
	}
	checkPassword(&v, in.Password, in.Login, creating)
	validate.OneOf(&v, "role", in.Role, "validation.invalidRole", RoleOwner, RoleManager, RoleRep)
	validate.OneOf(&v, "level", in.Level, "validation.invalidLevel", LevelNewHire, LevelJunior, LevelSenior)
	in.HireDate = validate.Date(&v, "hireDate", in.HireDate)
	in.Phone = validate.Phone(&v, "phone", in.Phone)
	in.Email = validate.Email(&v, "email", in.Email)
	in.ManagerID = strings.TrimSpace(in.ManagerID)
	if in.ManagerID != "" && in.ManagerID == in.ID {
		v.Add("managerId", "validation.invalidManager", nil)
	}
	return in, v
}

// checkUserReferences adds the problems only the database can see: a login
// already taken, a manager who is not an active manager or owner.
func checkUserReferences(ctx context.Context, tx *sql.Tx, in UserInput, v *apperr.Validation) error {
	if !v.Has("login") {
		var other string
		err := tx.QueryRowContext(ctx, `SELECT id FROM users WHERE login = ? AND deleted_at IS NULL AND id <> ?`, in.Login, in.ID).Scan(&other)
		if err == nil {
			v.Add("login", "validation.loginTaken", nil)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("auth: check login: %w", err)
		}
	}
	if in.ManagerID != "" && !v.Has("managerId") {
		var role string
		var active bool
		err := tx.QueryRowContext(ctx, `SELECT role, active FROM users WHERE id = ? AND deleted_at IS NULL`, in.ManagerID).Scan(&role, &active)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && (role == RoleRep || !active)) {
			v.Add("managerId", "validation.invalidManager", nil)
		} else if err != nil {
			return fmt.Errorf("auth: check manager: %w", err)
		}
	}
	return nil
}
