package app

import (
	"errors"
	"fmt"
)

// First run: the owner's getting-started checklist (the owner reads and
// dismisses it; a manager or rep neither reads it nor puts it away for the
// owner) and the import templates, which hold no data: anyone signed in
// may save one.
func onboardingRows() map[string]row {
	return map[string]row{
		"CustomerFiles.SaveTemplate": {want: every(allowed), call: func(f *fixture, r role) error {
			return f.withDialogs(func() error { return second(f.files.SaveTemplate("zh-CN")) })
		}},
		"Catalog.SaveTemplate": {want: every(allowed), call: func(f *fixture, r role) error {
			return f.withDialogs(func() error { return second(f.catalog.SaveTemplate("en")) })
		}},
		"Company.GettingStarted": {want: roleWise(allowed, forbidden, forbidden), call: func(f *fixture, r role) error {
			c, err := f.company.GettingStarted()
			if err == nil && len(c.Items) != 5 {
				return fmt.Errorf("checklist of %d items", len(c.Items))
			}
			return err
		}},
		"Company.DismissGettingStarted": {want: roleWise(allowed, forbidden, forbidden), call: func(f *fixture, r role) error {
			if err := f.company.DismissGettingStarted(); err != nil {
				return err
			}
			c, err := f.company.GettingStarted()
			if err == nil && !c.Dismissed {
				return errors.New("the checklist still shows")
			}
			return err
		}},
	}
}
