package report

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"image/color"
	"math"
	"strconv"
	"strings"

	"golang.org/x/sync/errgroup"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The charts are drawn by gonum.org/v1/plot, a maintained Go plotting
// library, into SVG that is inlined in the page. Drawing at report time
// rather than with a charting script means the pages need no JavaScript to
// show their figures, open the same in any browser, are reproducible byte
// for byte, and carry no third-party script to vendor and keep up to date.
// vgsvg escapes every label it writes, so names from the articles stay text.

// labelColors are the entity label colours, those of displaCy, shared by
// the charts and the document view's style sheet.
var labelColors = map[string]color.RGBA{
	"PERSON": {0xaa, 0x9c, 0xfc, 0xff},
	"ORG":    {0x7a, 0xec, 0xec, 0xff},
	"GPE":    {0xfe, 0xca, 0x74, 0xff},
	"LOC":    {0xff, 0x95, 0x61, 0xff},
	"NORP":   {0xc8, 0x87, 0xfb, 0xff},
	"FAC":    {0x9c, 0xc9, 0xcc, 0xff},
	"EVENT":  {0xff, 0xeb, 0x80, 0xff},
}

var (
	grey   = color.RGBA{0x8a, 0x94, 0xa6, 0xff}
	blue   = color.RGBA{0x4c, 0x78, 0xa8, 0xff}
	orange = color.RGBA{0xf5, 0x85, 0x18, 0xff}
	red    = color.RGBA{0xe4, 0x57, 0x56, 0xff}
)

// chartFont is the typeface of every chart: the browser falls back to its
// own sans-serif when Liberation is not installed.
var chartFont = font.Font{Typeface: "Liberation", Variant: "Sans"}

// maxChartLabel is the longest name drawn on an axis; the table beside
// each chart has the names in full.
const maxChartLabel = 36

// series is one set of bars of a chart.
type series struct {
	name   string
	values []float64
	color  color.Color
}

// hbars draws one horizontal bar per name, the first at the top, with one
// bar per series side by side. xLabel says what the bars count.
func hbars(texts *measuredText, xLabel string, names []string, ss ...series) (template.HTML, error) {
	if len(names) == 0 {
		return "", nil
	}
	p := newPlot(texts)
	p.X.Label.Text = xLabel
	p.X.Min = 0
	labels := make([]string, len(names))
	for i, n := range names {
		labels[len(names)-1-i] = shorten(n)
	}
	if err := addBarSeries(p, ss, vg.Points(14)/vg.Length(len(ss)), true); err != nil {
		return "", err
	}
	p.Legend.Top = false
	p.Legend.Left = false
	p.NominalY(labels...)
	p.X.Tick.Marker = majorTicks{}
	p.Add(valueGrid(false))
	return svg(p, 16*vg.Centimeter, vg.Length(len(names))*vg.Points(20)+2*vg.Centimeter)
}

// addBarSeries adds one bar chart per series to p, barWidth wide, the series
// of one name side by side around its tick; only several series get a
// legend. Horizontal bars run down from the top, so their values are
// added in reverse (the nominal axis counts from the bottom).
func addBarSeries(p *plot.Plot, ss []series, barWidth vg.Length, horizontal bool) error {
	for k, s := range ss {
		vals := plotter.Values(s.values)
		if horizontal {
			vals = make(plotter.Values, len(s.values))
			for i, v := range s.values {
				vals[len(vals)-1-i] = v
			}
		}
		b, err := plotter.NewBarChart(vals, barWidth)
		if err != nil {
			return err
		}
		b.Horizontal = horizontal
		b.Color = s.color
		b.LineStyle.Width = 0
		b.Offset = barWidth * (vg.Length(k) - vg.Length(len(ss)-1)/2)
		p.Add(b)
		if len(ss) > 1 {
			p.Legend.Add(s.name, b)
		}
	}
	return nil
}

// vbars draws vertical bars over nominal x positions, series side by side.
func vbars(texts *measuredText, yLabel string, names []string, ss ...series) (template.HTML, error) {
	if len(names) == 0 {
		return "", nil
	}
	p := newPlot(texts)
	p.Y.Label.Text = yLabel
	p.Y.Min = 0
	if err := addBarSeries(p, ss, vg.Points(min(28, 360/float64(len(names))))/vg.Length(len(ss)), false); err != nil {
		return "", err
	}
	p.Legend.Top = true
	p.Legend.Left = true
	labels := names
	if len(names) > 24 { // label every nth bar so that labels do not overlap
		step := (len(names) + 23) / 24
		labels = make([]string, len(names))
		for i := 0; i < len(names); i += step {
			labels[i] = names[i]
		}
	}
	p.NominalX(labels...)
	p.X.Tick.Label.Rotation = -0.8
	p.X.Tick.Label.XAlign = draw.XLeft
	p.Y.Tick.Marker = majorTicks{}
	p.Add(valueGrid(true))
	return svg(p, 16*vg.Centimeter, 9*vg.Centimeter)
}

// majorTicks are gonum/plot's default ticks without the minor ones,
// which a bar chart read against its grid does without.
type majorTicks struct{}

func (majorTicks) Ticks(min, max float64) []plot.Tick {
	ticks := plot.DefaultTicks{}.Ticks(min, max)
	major := ticks[:0]
	for _, t := range ticks {
		if !t.IsMinor() {
			major = append(major, t)
		}
	}
	return major
}

// valueGrid is a grid of lines across the bars at the ticks of the value
// axis, vertical or not; the other axis names the bars, and lines along
// the bars would only cross them.
func valueGrid(vertical bool) *plotter.Grid {
	g := plotter.NewGrid()
	if vertical {
		g.Vertical.Color = nil
	} else {
		g.Horizontal.Color = nil
	}
	return g
}

func newPlot(texts *measuredText) *plot.Plot {
	p := plot.New()
	p.TextHandler = texts
	for _, s := range []*plot.Axis{&p.X, &p.Y} {
		s.Label.TextStyle.Font = font.From(chartFont, 10)
		s.Label.TextStyle.Handler = texts
		s.Tick.Label.Font = font.From(chartFont, 9)
		s.Tick.Label.Handler = texts
	}
	p.Legend.TextStyle.Font = font.From(chartFont, 9)
	p.Legend.TextStyle.Handler = texts
	p.Title.TextStyle.Font = font.From(chartFont, 11)
	p.Title.TextStyle.Handler = texts
	return p
}

// measuredText is gonum/plot's plain text handler with the size of every
// string it measures kept: laying out a chart measures each tick label
// five or six times (to pad the axes, to size them, to place the text),
// and measuring walks the font's kerning tables glyph pair by glyph pair,
// which was most of the time a chart takes to draw. One measuredText
// serves the charts of one report, drawn one at a time.
type measuredText struct {
	text.Plain
	extents map[font.Font]font.Extents
	widths  map[textKey]vg.Length
}

type textKey struct {
	font font.Font
	text string
}

func newMeasuredText() *measuredText {
	return &measuredText{Plain: text.Plain{Fonts: font.DefaultCache},
		extents: map[font.Font]font.Extents{}, widths: map[textKey]vg.Length{}}
}

// Extents is text.Plain's, kept per font.
func (m *measuredText) Extents(fnt font.Font) font.Extents {
	e, ok := m.extents[fnt]
	if !ok {
		e = m.Plain.Extents(fnt)
		m.extents[fnt] = e
	}
	return e
}

func (m *measuredText) width(fnt font.Font, s string) vg.Length {
	k := textKey{fnt, s}
	w, ok := m.widths[k]
	if !ok {
		face := m.Fonts.Lookup(fnt, fnt.Size)
		w = face.Width(s)
		m.widths[k] = w
	}
	return w
}

// Box is text.Plain's with the sizes kept.
func (m *measuredText) Box(txt string, fnt font.Font) (width, height, depth vg.Length) {
	e := m.Extents(fnt)
	return m.width(fnt, txt), e.Ascent, e.Descent
}

// Draw is text.Plain's Draw with the sizes kept.
func (m *measuredText) Draw(c vg.Canvas, txt string, sty text.Style, pt vg.Point) {
	txt = strings.TrimRight(txt, "\n")
	if len(txt) == 0 {
		return
	}
	face := m.Fonts.Lookup(sty.Font, sty.Font.Size)
	c.SetColor(sty.Color)
	if sty.Rotation != 0 {
		c.Push()
		c.Rotate(sty.Rotation)
	}
	sin64, cos64 := math.Sincos(sty.Rotation)
	cos, sin := vg.Length(cos64), vg.Length(sin64)
	pt.X, pt.Y = pt.Y*sin+pt.X*cos, pt.Y*cos-pt.X*sin
	lines := m.Lines(txt)
	pt.Y += sty.Height(txt)*vg.Length(sty.YAlign) - m.Extents(sty.Font).Ascent
	for i, line := range lines {
		xoffs := vg.Length(sty.XAlign) * m.width(sty.Font, line)
		n := vg.Length(len(lines) - i)
		c.FillString(face, pt.Add(vg.Point{X: xoffs, Y: n * sty.Font.Size}), line)
	}
	if sty.Rotation != 0 {
		c.Pop()
	}
}

// svg renders a plot as an inline <svg> element.
func svg(p *plot.Plot, w, h vg.Length) (template.HTML, error) {
	wt, err := p.WriterTo(w, h, "svg")
	if err != nil {
		return "", fmt.Errorf("chart: %w", err)
	}
	var buf bytes.Buffer
	if _, err := wt.WriteTo(&buf); err != nil {
		return "", fmt.Errorf("chart: %w", err)
	}
	out := buf.String()
	i := strings.Index(out, "<svg")
	if i < 0 {
		return "", fmt.Errorf("chart: no <svg> element in the plot's output")
	}
	// vgsvg escapes the text it draws (html.EscapeString): the markup is
	// trusted, and the XML prolog before <svg> has no place in HTML.
	return template.HTML(out[i:]), nil
}

// shorten cuts a name to maxChartLabel characters.
func shorten(s string) string {
	r := []rune(s)
	if len(r) <= maxChartLabel {
		return s
	}
	return string(r[:maxChartLabel-1]) + "…"
}

func values(cs []Count) (names []string, vals []float64) {
	for _, c := range cs {
		names = append(names, c.Name)
		vals = append(vals, float64(c.N))
	}
	return names, vals
}

// overviewCharts are the charts of the overview.
type overviewCharts struct {
	Labels    []template.HTML // one per Overview.Labels
	Speakers  template.HTML
	Claimants template.HTML
	Kinds     template.HTML
	Units     template.HTML
	Timeline  template.HTML
}

// drawLabelCharts draws the chart of each entity label. It needs only the
// entities table, so it is drawn while the documents are read.
func drawLabelCharts(labels []LabelRanking) ([]template.HTML, error) {
	texts := newMeasuredText()
	var out []template.HTML
	for _, l := range labels {
		names, vals := values(l.Top)
		c, err := hbars(texts, "mentions (entities.n_mentions)", names, series{values: vals, color: labelColor(l.Label)})
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// drawCharts draws the charts of the tables read with the documents, on
// two goroutines: a report's charts are most of the fixed time it takes.
func drawCharts(ov *Overview, ch *overviewCharts) error {
	var g errgroup.Group
	g.Go(func() error { // about half the drawing: the other half is below
		texts := newMeasuredText()
		var err error
		names, vals := values(ov.Speakers)
		if ch.Speakers, err = hbars(texts, "quotes (rows of quotes with this speaker)", names, series{values: vals, color: blue}); err != nil {
			return err
		}
		var claims, hedged, denied []float64
		names = names[:0]
		for _, c := range ov.Claimants {
			names = append(names, c.Name)
			claims = append(claims, float64(c.Claims))
			hedged = append(hedged, float64(c.Hedged))
			denied = append(denied, float64(c.Denies))
		}
		if ch.Claimants, err = hbars(texts, "claims (rows of claims with this claimant)", names,
			series{"claims", claims, grey}, series{"hedged", hedged, orange}, series{"denied", denied, red}); err != nil {
			return err
		}
		names, vals = values(ov.Kinds)
		ch.Kinds, err = vbars(texts, "quantities (rows of quantities)", names, series{values: vals, color: blue})
		return err
	})
	texts := newMeasuredText()
	var err error
	var units []string
	for _, u := range ov.Units {
		units = append(units, u.Name+" ("+u.Label+")")
	}
	_, vals := values(ov.Units)
	if ch.Units, err = hbars(texts, "quantities with this unit (kind)", units, series{values: vals, color: blue}); err != nil {
		return errors.Join(err, g.Wait())
	}
	buckets, pub, ev := timelineBuckets(ov.Timeline)
	ch.Timeline, err = vbars(texts, "documents published / event dates", buckets,
		series{"documents published", pub, grey}, series{"dates in the text (quantities.resolved)", ev, blue})
	return errors.Join(err, g.Wait())
}

// timelineBuckets groups the timeline by month, or by year when it spans
// more than four years, so that the bars stay readable; a bucket without
// dates is drawn empty, so that the x axis is time.
func timelineBuckets(ms []Month) (names []string, pub, ev []float64) {
	if len(ms) == 0 {
		return nil, nil, nil
	}
	year := func(m string) int { y, _ := strconv.Atoi(m[:4]); return y }
	mon := func(m string) int { n, _ := strconv.Atoi(m[5:7]); return n }
	first, last := ms[0].Month, ms[len(ms)-1].Month
	byYear := year(last)-year(first) >= 4
	index := map[string]int{}
	if byYear {
		for y := year(first); y <= year(last); y++ {
			index[fmt.Sprintf("%04d", y)] = len(names)
			names = append(names, fmt.Sprintf("%04d", y))
		}
	} else {
		for y, m := year(first), mon(first); y < year(last) || (y == year(last) && m <= mon(last)); {
			name := fmt.Sprintf("%04d-%02d", y, m)
			index[name] = len(names)
			names = append(names, name)
			if m++; m > 12 {
				y, m = y+1, 1
			}
		}
	}
	pub = make([]float64, len(names))
	ev = make([]float64, len(names))
	for _, m := range ms {
		key := m.Month
		if byYear {
			key = m.Month[:4]
		}
		i, ok := index[key]
		if !ok {
			continue
		}
		pub[i] += float64(m.Published)
		ev[i] += float64(m.Events)
	}
	return names, pub, ev
}

func labelColor(label string) color.Color {
	if c, ok := labelColors[label]; ok {
		return c
	}
	return grey
}
