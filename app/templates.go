package app

import (
	"io"

	"steady/backend/auth"
	"steady/backend/catalog"
	"steady/backend/customer"
)

// templateName is a template's file name for people, in lang.
func templateName(zh, en, lang string) string {
	if lang == "en" {
		return en + ".xlsx"
	}
	return zh + ".xlsx"
}

// SaveTemplate saves an empty customer list with the columns the import
// reads, headed in lang, where the person chooses; "" means cancelled.
func (f *CustomerFiles) SaveTemplate(lang string) (string, error) {
	return asActor(f.session, "customers.saveTemplate", func(auth.Actor) (string, error) {
		return f.core.saveAs(saveTarget{name: templateName("客户导入模板", "Customer import template", lang),
			filter: "Excel (*.xlsx)", ext: ".xlsx"}, func(w io.Writer) error { return customer.WriteTemplateXLSX(w, lang) })
	})
}

// SaveTemplate saves an empty catalog with the columns the import reads,
// headed in lang, where the person chooses; "" means cancelled.
func (c *Catalog) SaveTemplate(lang string) (string, error) {
	return asActor(c.session, "catalog.saveTemplate", func(auth.Actor) (string, error) {
		return c.core.saveAs(saveTarget{name: templateName("产品导入模板", "Product import template", lang),
			filter: "Excel (*.xlsx)", ext: ".xlsx"}, func(w io.Writer) error { return catalog.WriteTemplateXLSX(w, lang) })
	})
}
