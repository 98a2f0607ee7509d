package timex

// newsLive are the news items of testdata/news written as live coverage, chronologies and broadcast copy, dense with clock times, time zones and parts of days. Each is
// annotated by hand like newsArticles, and TestNewsArticles tags them.
var newsLive = []newsArticle{}
