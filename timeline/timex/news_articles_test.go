package timex

var newsArticles = []newsArticle{}
