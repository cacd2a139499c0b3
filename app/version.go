package app

// Version matches info.productVersion in wails.json (a test keeps them equal).
const Version = "0.1.0"
