package app

import wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

// The notification half of Wails' frontend (v2.12+): the fake window has no
// desktop to notify, so it reports notifications unavailable.

func (w *fakeWindow) InitializeNotifications() error                           { return nil }
func (w *fakeWindow) CleanupNotifications()                                    {}
func (w *fakeWindow) IsNotificationAvailable() bool                            { return false }
func (w *fakeWindow) RequestNotificationAuthorization() (bool, error)          { return false, nil }
func (w *fakeWindow) CheckNotificationAuthorization() (bool, error)            { return false, nil }
func (w *fakeWindow) OnNotificationResponse(func(wruntime.NotificationResult)) {}
func (w *fakeWindow) SendNotification(wruntime.NotificationOptions) error      { return nil }
func (w *fakeWindow) SendNotificationWithActions(wruntime.NotificationOptions) error {
	return nil
}
func (w *fakeWindow) RegisterNotificationCategory(wruntime.NotificationCategory) error { return nil }
func (w *fakeWindow) RemoveNotificationCategory(string) error                          { return nil }
func (w *fakeWindow) RemoveAllPendingNotifications() error                             { return nil }
func (w *fakeWindow) RemovePendingNotification(string) error                           { return nil }
func (w *fakeWindow) RemoveAllDeliveredNotifications() error                           { return nil }
func (w *fakeWindow) RemoveDeliveredNotification(string) error                         { return nil }
func (w *fakeWindow) RemoveNotification(string) error                                  { return nil }
