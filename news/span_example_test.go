package news_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/news"
)

func ExampleSpanOf() {
	body := "Café owners met on Monday. The café reopened."
	s, err := news.SpanOf(body, "café", 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	// Offsets count code points: "é" is one, though it is two bytes.
	fmt.Println(s.Start, s.End, s.Text)
	text, _ := s.Slice(body)
	fmt.Println(text)
	// Output:
	// 31 35 café
	// café
}

func ExampleSpan_In() {
	headline := "Mary Trump slams uncle"
	s := news.MustSpanOf(headline, "Mary Trump", 1).In("/headline")
	fmt.Printf("%+v\n", s)
	// Output:
	// {Field:/headline Start:0 End:10 Text:Mary Trump}
}
