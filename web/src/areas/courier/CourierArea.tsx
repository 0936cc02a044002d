import { Route, Routes } from 'react-router';
import { CourierHomePage } from './CourierHomePage';
import { EarningsPage } from './earnings/EarningsPage';
import './courier.css';

/** The courier app (/courier/*): the live delivery screen and earnings; laid out for a phone first. */
export default function CourierArea() {
  return (
    <Routes>
      <Route index element={<CourierHomePage />} />
      <Route path="earnings" element={<EarningsPage />} />
    </Routes>
  );
}
