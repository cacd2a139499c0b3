package setup

import (
	"context"
	"errors"
	"testing"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/company"
	"steady/backend/store/storetest"
)

func services(t *testing.T) (*auth.Service, *company.Service, func(Input) (Result, error)) {
	db := storetest.Open(t)
	clock := storetest.NewClock()
	users := auth.NewService(db, clock.Now, bcrypt.MinCost)
	companies := company.NewService(db, clock.Now)
	return users, companies, func(in Input) (Result, error) {
		return Run(context.Background(), db, users, companies, in)
	}
}

func TestFirstRunCreatesCompanyAndOwner(t *testing.T) {
	users, companies, run := services(t)
	ctx := context.Background()
	res, err := run(Input{CompanyName: "杭州明远科技有限公司", OwnerName: "周明远", Login: "owner", Password: "steady-pass1"})
	if err != nil {
		t.Fatal(err)
	}
	owner, err := users.Authenticate(ctx, "OWNER", "steady-pass1")
	if err != nil || owner.ID != res.OwnerID || owner.Role != auth.RoleOwner {
		t.Fatalf("owner sign-in = %+v, %v", owner, err)
	}
	s, err := companies.Settings(ctx)
	if err != nil || s.Name != "杭州明远科技有限公司" || s.Currency != "CNY" || s.TaxRateBP != 1300 {
		t.Fatalf("company = %+v, %v", s, err)
	}
	if _, err := run(Input{CompanyName: "另一家", OwnerName: "李四", Login: "li", Password: "steady-pass1"}); !errors.Is(err, apperr.ErrForbidden) {
		t.Fatalf("second setup = %v, want forbidden", err)
	}
}

func TestFirstRunReportsEveryFieldAndWritesNothing(t *testing.T) {
	users, _, run := services(t)
	_, err := run(Input{CompanyName: "", OwnerName: "", Login: "a b", Password: "123"})
	e, ok := apperr.As(err)
	if !ok || e.Kind != apperr.KindValidation {
		t.Fatalf("err = %v", err)
	}
	want := map[string]string{
		"companyName": "validation.required",
		"ownerName":   "validation.required",
		"login":       "validation.loginFormat",
		"password":    "validation.passwordTooShort",
	}
	for field, code := range want {
		if e.Fields[field].Code != code {
			t.Errorf("%s = %q, want %q", field, e.Fields[field].Code, code)
		}
	}
	if has, _ := users.HasUsers(context.Background()); has {
		t.Fatal("a refused setup must not create a user")
	}
}
