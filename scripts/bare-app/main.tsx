// The floor the bench measures the app against: React 19 and react-router 7 (the same versions,
// built by the same Vite with the same React plugin), drawing one page with a heading, a link and
// a paragraph. It uses the router's smallest form (<BrowserRouter> and <Routes>): no React app
// with a router can load less.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Route, Routes } from 'react-router';

function Home() {
  return (
    <main>
      <h1>Cases</h1>
      <Link to="/">Home</Link>
      <p>
        No cases yet. This page is the bare React and router app the bench compares the real first
        page with, drawn by the same kind of code, one step at a time.
      </p>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<Home />} />
      </Routes>
    </BrowserRouter>
  </StrictMode>,
);
