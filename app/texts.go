package app

import (
	"fmt"
	"strings"
)

// nativeTexts are the few strings the Go side shows itself (menu, dialogs);
// everything else is translated by the frontend.
var nativeTexts = map[string]map[string]string{
	"zh-CN": {
		"menu.file": "文件", "menu.newCustomer": "新建客户", "menu.newQuote": "新建报价", "menu.backup": "备份数据…", "menu.exportAll": "导出全部数据（Excel）…",
		"menu.quit": "退出", "menu.edit": "编辑", "menu.view": "视图", "menu.language": "语言",
		"menu.theme": "主题", "menu.themeSystem": "跟随系统", "menu.themeLight": "浅色", "menu.themeDark": "深色",
		"menu.help": "帮助", "menu.about": "关于 Steady",
		"dialog.replaceFile": "“%s”已存在，要替换它吗？",
	},
	"en": {
		"menu.file": "File", "menu.newCustomer": "New Customer", "menu.newQuote": "New Quote", "menu.backup": "Back Up Data…", "menu.exportAll": "Export All Data (Excel)…",
		"menu.quit": "Quit", "menu.edit": "Edit", "menu.view": "View", "menu.language": "Language",
		"menu.theme": "Theme", "menu.themeSystem": "Follow System", "menu.themeLight": "Light", "menu.themeDark": "Dark",
		"menu.help": "Help", "menu.about": "About Steady",
		"dialog.replaceFile": "“%s” already exists. Replace it?",
	},
}

// nativeLanguage maps a chosen language, or the system locale when none was
// chosen, to one of the languages above.
func nativeLanguage(chosen, systemLocale string) string {
	if chosen == "zh-CN" || chosen == "en" {
		return chosen
	}
	if strings.HasPrefix(strings.ToLower(systemLocale), "zh") {
		return "zh-CN"
	}
	return "en"
}

// text returns a native string in the current language.
func (c *Core) text(key string, args ...any) string {
	c.mu.Lock()
	lang := c.language
	c.mu.Unlock()
	s := nativeTexts[nativeLanguage(lang, systemLocale())][key]
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// SetLanguage sets the language of native texts ("" follows the system).
func (c *Core) SetLanguage(lang string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.language = lang
}

// Language is the language of native texts ("" follows the system).
func (c *Core) Language() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.language
}
